extension UInt64: ExactSum {
    init(natural: BigNatural) {
        precondition(natural.high.isEmpty, "\(natural) does not fit in 64 bits")
        self = natural.low
    }

    var natural: BigNatural { BigNatural(self) }

    var exactDouble: Double? { self < 1 << 53 ? Double(self) : nil }
}
