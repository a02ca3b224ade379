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
        strategy.Register(typeof(PageView));
        strategy.Register(typeof(SiteView));
        strategy.Register(typeof(HeadView));
        strategy.Register(typeof(AlternateView));
        strategy.Register(typeof(LinkView));
        strategy.Register(typeof(LanguageView));
        strategy.Register(typeof(FactView));
        strategy.Register(typeof(GroupView));
        strategy.Register(typeof(TocView));
        strategy.Register(typeof(AppendixView));
        strategy.Register(typeof(TableView));
        strategy.Register(typeof(ColumnGroupView));
        strategy.Register(typeof(ColumnView));
        strategy.Register(typeof(RowView));
        strategy.Register(typeof(CellView));
        strategy.Register(typeof(FindingView));
        strategy.Register(typeof(ReadingView));
        strategy.Register(typeof(GlossaryTermView));
        strategy.Register(typeof(TranslationView));
        strategy.Register(typeof(ChartView));
        strategy.Register(typeof(PressFactView));
        strategy.Register(typeof(PlaceGroupView));
        strategy.Register(typeof(PlaceView));
        strategy.Register(typeof(MentionView));
        strategy.Register(typeof(CorrectionView));
        strategy.Register(typeof(KeyFigureGroupView));
        strategy.Register(typeof(KeyFigureView));
        strategy.Register(typeof(FigureNoteView));
    }
}
