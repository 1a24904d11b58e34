import ArgumentParser
import CostSharingGenius

/// Lets `--export-genius-packages` take `frontier` or `all`.
extension CostSharingExportSelection: ExpressibleByArgument {}
