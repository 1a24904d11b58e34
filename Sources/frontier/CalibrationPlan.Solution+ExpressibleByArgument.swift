import ArgumentParser
import CostSharing

extension CalibrationPlan.Solution: ExpressibleByArgument {}
