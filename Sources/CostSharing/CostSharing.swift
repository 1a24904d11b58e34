import Pareto
// Placeholder until the domain model lands (issue 3).
