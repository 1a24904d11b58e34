import Pareto
// Placeholder until the GENIUS reader lands (issue 4).
