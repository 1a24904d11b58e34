/// One party's nonlinear preferences as in GENIUS's `<utility_space type="nonlinear">` (the
/// ANAC 2014 profiles): a sum of boxes over integer issues, normalised by a maximum utility.
///
///     u(outcome) = (Σ utility of every box containing the outcome) / maxUtility
///
/// A box (`<hyperRectangle utility=…>`) contains an outcome when every one of its conditions
/// (`<INCLUDES index=… min=… max=…/>`) holds: the issue's value lies in `lower...upper`. Several
/// conditions on one issue must all hold; a box without conditions contains every outcome.
///
/// ```swift
/// let box = HyperRectangle(utility: 97, conditions: [.init(issue: 1, lower: 7, upper: 9)])
/// let p = HyperRectangleProfile(name: "p", domain: domain, boxes: [box], maxUtility: 100)
/// p.utility(of: outcome)   // 0.97 when the value of issue 1 is 7, 8 or 9, else 0
/// ```
public struct HyperRectangleProfile: Sendable, Hashable {
    /// The profile's name (the file name without extension when read from a file).
    public let name: String
    /// The domain; every issue a condition names is an integer issue of it.
    public let domain: NegotiationDomain
    /// The boxes, in file order.
    public let boxes: [HyperRectangle]
    /// The divisor of the summed box utilities (`maxutility`), positive.
    public let maxUtility: Double
    /// The utility of no agreement.
    public let reservationValue: Double
    /// The discount factor d in (0, 1]; 1 means no discounting.
    public let discountFactor: Double

    /// Creates a profile. Conditions must name integer issues of `domain`; box utilities must
    /// not be negative and `maxUtility` must be positive.
    public init(
        name: String, domain: NegotiationDomain, boxes: [HyperRectangle], maxUtility: Double,
        reservationValue: Double = 0, discountFactor: Double = 1
    ) {
        precondition(maxUtility > 0 && maxUtility.isFinite, "maxUtility must be positive")
        for box in boxes {
            precondition(box.utility >= 0 && box.utility.isFinite, "box utilities must not be negative")
            for c in box.conditions {
                precondition(domain.issues.indices.contains(c.issue), "a condition names issue \(c.issue), which the domain does not have")
                guard case .integer = domain.issues[c.issue].kind else {
                    preconditionFailure("a condition names issue \(c.issue), which is not an integer issue")
                }
            }
        }
        self.name = name
        self.domain = domain
        self.boxes = boxes
        self.maxUtility = maxUtility
        self.reservationValue = reservationValue
        self.discountFactor = discountFactor
    }

    /// The undiscounted utility of an outcome (one value per issue), in doubles.
    ///
    /// - Complexity: O(total number of conditions).
    public func utility(of outcome: [IssueValue]) -> Double {
        precondition(outcome.count == domain.issues.count, "an outcome needs one value per issue")
        var sum = 0.0
        for box in boxes where box.contains(outcome) { sum += box.utility }
        return sum / maxUtility
    }
}

/// One box of a ``HyperRectangleProfile``: a utility earned by every outcome meeting all
/// its conditions.
public struct HyperRectangle: Sendable, Hashable {
    /// One condition: issue `issue`'s integer value lies in `lower...upper`.
    public struct Condition: Sendable, Hashable {
        /// The issue's position in the domain.
        public let issue: Int
        /// The smallest allowed value.
        public let lower: Int
        /// The largest allowed value.
        public let upper: Int

        public init(issue: Int, lower: Int, upper: Int) {
            self.issue = issue
            self.lower = lower
            self.upper = upper
        }

        /// Whether the integer `value` meets the condition.
        public func holds(for value: Int) -> Bool { lower <= value && value <= upper }
    }

    /// What an outcome inside the box adds to the sum.
    public let utility: Double
    /// The conditions, all of which must hold.
    public let conditions: [Condition]

    public init(utility: Double, conditions: [Condition]) {
        self.utility = utility
        self.conditions = conditions
    }

    /// Whether the box contains the outcome (integer issues carry their value in `number`).
    public func contains(_ outcome: [IssueValue]) -> Bool {
        conditions.allSatisfy { c in outcome[c.issue].number.map { c.holds(for: Int($0)) } ?? false }
    }
}
