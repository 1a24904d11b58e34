import ArgumentParser
import Genius

/// Lets `--export-genius-packages` take `frontier` or `all`.
extension CostSharingExportSelection: ExpressibleByArgument {}
