extension BigNatural: ExactSum {
    init(natural: BigNatural) { self = natural }

    var natural: BigNatural { self }

    var exactDouble: Double? { high.isEmpty && low < 1 << 53 ? Double(low) : nil }
}
