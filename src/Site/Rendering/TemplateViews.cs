using Fluid;
using Site.Rendering.Views;

namespace Site.Rendering;

/// <summary>
/// The view records layouts may read, registered one by one with a constant type: Fluid reads no member of a type
/// that is not listed here, and a trimmed or Native AOT build sees every type whose properties it must keep.
/// </summary>
public static class TemplateViews
{
    public static void Register(MemberAccessStrategy strategy)
    {
        strategy.Register<PageView>();
        strategy.Register<SiteView>();
        strategy.Register<HeadView>();
        strategy.Register<AlternateView>();
        strategy.Register<LinkView>();
        strategy.Register<LanguageView>();
        strategy.Register<FactView>();
        strategy.Register<GroupView>();
        strategy.Register<TocView>();
        strategy.Register<AppendixView>();
        strategy.Register<TableView>();
        strategy.Register<ColumnGroupView>();
        strategy.Register<ColumnView>();
        strategy.Register<RowView>();
        strategy.Register<CellView>();
        strategy.Register<FindingView>();
        strategy.Register<GlossaryTermView>();
        strategy.Register<TranslationView>();
        strategy.Register<ChartView>();
    }
}
