import Testing
@testable import CostSharing

@Suite struct AllocationTests {
    let categories = TestScenarios.tiny().categories

    @Test func inKindShiftIsSpreadInProportionToEachCategorysRoom() throws {
        // Core only: labor 60 cash (room 0), construction 40 with in-kind fraction 0.5...1 (room 20).
        // In-kind share 0.3 of 100 → construction in kind 30 = 20 + λ·20 → λ = 0.5.
        let p = Package(firstYearTotal: 100, inKindShare: 0.3, extraShare: 0, extraSplit: [], duration: 1, escalation: .none)
        let a = try #require(p.allocation(over: categories))
        #expect(abs(a.cash[0] - 60) < 1e-9 && a.inKind[0] == 0)
        #expect(abs(a.cash[1] - 10) < 1e-9 && abs(a.inKind[1] - 30) < 1e-9)
        #expect(a.cash[2] == 0 && a.inKind[2] == 0)
        #expect(abs(a.total - 100) < 1e-9)
    }

    @Test func extraShareGoesToExtraCategoriesBySplit() throws {
        // Extra 10%: core 90 (labor 54, construction 36), rotation 10. In kind 0.2·100 = 20:
        // low = 36·0.5 = 18, room = 18 + 10 → λ = 2/28.
        let p = Package(firstYearTotal: 100, inKindShare: 0.2, extraShare: 0.1, extraSplit: [1], duration: 1, escalation: .none)
        let a = try #require(p.allocation(over: categories))
        let lambda = 2.0 / 28
        #expect(abs(a.cash[0] - 54) < 1e-9)
        #expect(abs(a.inKind[1] - 36 * (0.5 + 0.5 * lambda)) < 1e-9)
        #expect(abs(a.inKind[2] - 10 * lambda) < 1e-9)
        #expect(abs(a.inKind.reduce(0, +) - 20) < 1e-9)
    }

    @Test func unreachableInKindSharesHaveNoAllocation() {
        // Core only: in-kind share must lie in [0.2, 0.4].
        for share in [0.0, 0.19, 0.41, 1.0] {
            let p = Package(firstYearTotal: 100, inKindShare: share, extraShare: 0, extraSplit: [], duration: 1, escalation: .none)
            #expect(p.allocation(over: categories) == nil)
        }
        for share in [0.2, 0.4] {
            let p = Package(firstYearTotal: 100, inKindShare: share, extraShare: 0, extraSplit: [], duration: 1, escalation: .none)
            #expect(p.allocation(over: categories) != nil)
        }
    }

    @Test func fixedFormsAdmitExactlyOneInKindShare() {
        let fixed = [CostCategory(name: "labor", framework: .core, baseShare: 0.5, inKindRange: 0...0),
                     CostCategory(name: "logistics", framework: .core, baseShare: 0.5, inKindRange: 1...1)]
        let ok = Package(firstYearTotal: 10, inKindShare: 0.5, extraShare: 0, extraSplit: [], duration: 1, escalation: .none)
        #expect(ok.allocation(over: fixed) != nil)
        var off = ok
        off.inKindShare = 0.51
        #expect(off.allocation(over: fixed) == nil)
    }
}
