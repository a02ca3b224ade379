namespace Site.Diagnostics;

/// <summary>Every diagnostic code the generator emits, in one place so that they stay unique and documented.</summary>
public static class DiagnosticCodes
{
    public const string SiteConfigMissing = "SITE001";
    public const string InputEmpty = "SITE002";
    public const string Encoding = "SITE003";
    public const string InvisibleCharacter = "SITE004";
    public const string NameCollision = "SITE005";
    public const string YamlSyntax = "SITE010";
    public const string YamlAnchor = "SITE011";
    public const string UnknownKey = "SITE012";
    public const string MissingKey = "SITE013";
    public const string WrongType = "SITE014";
    public const string BadDate = "SITE015";
    public const string YamlTooDeep = "SITE016";
    public const string FrontMatterUnclosed = "SITE017";
    public const string BadFileName = "SITE018";
    public const string InternalError = "SITE019";
    public const string UnknownReference = "SITE020";
    public const string UrlCollision = "SITE021";
    public const string AliasCollision = "SITE022";
    public const string MissingTranslation = "SITE023";
    public const string OrphanTranslation = "SITE024";
    public const string TranslationMismatch = "SITE025";
    public const string StaleTranslation = "SITE026";
    public const string UnsafePath = "SITE027";
    public const string BrokenLink = "SITE030";
    public const string UnsafeUrl = "SITE031";
    public const string RawHtml = "SITE032";
    public const string ExternalImage = "SITE033";
    public const string MarkdownTooDeep = "SITE034";
    public const string LargePage = "SITE035";
    public const string LinkCaseMismatch = "SITE036";
    public const string BrokenAnchor = "SITE037";
    public const string FileTooLarge = "SITE100";
    public const string UnreadFile = "SITE101";
    public const string FileMisplaced = "SITE102";
    public const string FileTypeRefused = "SITE103";
    public const string Template = "SITE040";
    public const string TableSchema = "SITE050";
    public const string TableIdentity = "SITE051";
    public const string FigureReference = "SITE052";
    public const string ProseFigureMismatch = "SITE053";
    public const string MissingTotalRow = "SITE054";
    public const string ConfirmationStale = "SITE055";
    public const string TablePeriod = "SITE056";
    public const string PeriodUndeclared = "SITE057";
    public const string MissingGlyph = "SITE060";
    public const string PublishedUrlMissing = "SITE070";
    public const string OutputCheck = "SITE080";
    public const string OutputTooLarge = "SITE081";
    public const string OutputWrite = "SITE082";
    public const string BaseUrlNotPublishable = "SITE110";
    public const string InconsistentTerm = "SITE140";
    public const string OutputLeftover = "SITE083";
    public const string UnsafeMarkup = "SITE084";
}
