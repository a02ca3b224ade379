using Site.Tests.Support;

namespace Site.Tests.Charts;

/// <summary>A small site with one appendix whose figures exercise the charts: a figure over 1,000, an empty cell, an audited cell.</summary>
internal static class ChartSites
{
    public const string Appendix = """
        -- input/editions/2022-05/appendices/05.yml --
        number: "05"
        title: { vi: "Báo cáo tổng hợp các phong trào thi đua", en: "Summary of the emulation movements" }
        row_header: { vi: "Tên phong trào", en: "Movement" }
        columns:
          - id: total
            vi: "Tổng số"
            en: "Total"
          - id: collectives
            vi: "Tập thể"
            en: "Collectives"
          - id: individuals
            vi: "Cá nhân"
            en: "Individuals"
          - id: admin_collectives
            group: { vi: "Hành chính nhà nước", en: "State administration" }
            vi: "Tập thể"
            en: "Collectives"
          - id: admin_workers
            group: { vi: "Hành chính nhà nước", en: "State administration" }
            vi: "Cá nhân LĐTT"
            en: "Direct workers"
          - id: other_collectives
            group: { vi: "Đối tượng khác", en: "Others" }
            vi: "Tập thể"
            en: "Collectives"
        rows:
          - id: "1"
            label: { vi: "Phong trào thi đua thường xuyên", en: "Regular emulation movement" }
            cells: { total: 1896, collectives: 101, individuals: 1795, admin_collectives: 101, admin_workers: 1795 }
          - id: "2"
            label: { vi: "Phong trào “Thanh niên làm chủ đất nước”", en: "The “Youth as masters of the country” movement" }
            cells: { total: 25, collectives: 25 }
          - id: total
            total: true
            label: { vi: "Tổng số", en: "Total" }
            cells: { total: 1921, collectives: 126, individuals: 1795, admin_collectives: 100, admin_workers: 1795 }
        """;

    public const string Site = TestSite.MinimalSite + "\n" + Appendix;

    public const string AppendixPageVi = "vi/2022-05/phu-luc/05/index.html";
    public const string AppendixPageEn = "en/2022-05/appendices/05/index.html";
}
