import ArgumentParser
import Pareto

extension QualityIndicator: ExpressibleByArgument {}
