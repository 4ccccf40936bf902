using AngleSharp.Dom;

namespace Sitrep.Ingest.Readers;

/// <summary>
/// Removes page furniture before readability scoring: navigation, share buttons, newsletter and cookie
/// boxes, related-article lists, comment threads, ads and footers. SmartReader drops most of these on its
/// own, but blocks that sit inside the story container (a newsletter box between paragraphs) survive it.
/// Recognition is by tag, ARIA role and class/id words, never by text.
/// </summary>
internal static class HtmlBoilerplate
{
    private static readonly string[] Tags =
        ["nav", "aside", "footer", "form", "button", "dialog", "script", "style", "noscript", "iframe", "template", "select", "input"];

    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
        { "navigation", "complementary", "contentinfo", "dialog", "alertdialog", "search", "menu", "menubar" };

    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "cookie", "cookies", "consent", "gdpr", "newsletter", "newsletters", "subscribe", "subscription", "signup",
        "share", "sharing", "sharebar", "social", "related", "recommended", "recirculation", "comments",
        "comment", "disqus", "advert", "advertisement", "ad", "ads", "promo", "sponsored", "paywall", "outbrain",
        "taboola", "popup", "modal", "breadcrumb", "breadcrumbs", "sidebar", "menu", "navbar", "footer", "tags",
    };

    /// <summary>Comment threads can outgrow the story, so their size never protects them.</summary>
    private static readonly HashSet<string> ThreadWords = new(StringComparer.OrdinalIgnoreCase) { "comment", "comments", "disqus", "replies" };

    public static void Remove(IDocument document)
    {
        var body = document.Body;
        if (body is null) return;
        var pageText = ParagraphText(body);

        var doomed = new List<IElement>();
        foreach (var element in body.QuerySelectorAll("*"))
        {
            if (!IsBoilerplate(element) || IsStoryContainer(element, pageText)) continue;
            doomed.Add(element);
        }
        foreach (var element in doomed) element.Remove();
    }

    private static bool IsBoilerplate(IElement element)
    {
        if (Tags.Contains(element.LocalName)) return true;
        if (element.GetAttribute("role") is { } role && Roles.Contains(role)) return true;
        return HasWord(element.ClassName, Words) || HasWord(element.Id, Words);
    }

    /// <summary>True when a class or id contains one of the words ("share-tools", "newsletter_signup", "relatedArticles").</summary>
    private static bool HasWord(string? names, HashSet<string> words)
    {
        if (string.IsNullOrEmpty(names)) return false;
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = names.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            // Words end at separators and at lower-to-upper case changes (camelCase).
            var boundary = i == span.Length || !char.IsLetter(span[i])
                || (i > 0 && char.IsLower(span[i - 1]) && char.IsUpper(span[i]));
            if (boundary && start >= 0)
            {
                if (lookup.Contains(span[start..i])) return true;
                start = -1;
            }
            if (i < span.Length && char.IsLetter(span[i]) && start < 0) start = i;
        }
        return false;
    }

    /// <summary>
    /// Guards against wrappers whose class happens to match ("page--with-sidebar", an ASP.NET page-wide form):
    /// article and main elements, elements holding them or the headline, and elements holding most of the
    /// page's paragraph text (unless they are comment threads) are never removed.
    /// </summary>
    private static bool IsStoryContainer(IElement element, int pageText)
    {
        if (element.LocalName is "article" or "main" or "body" or "html") return true;
        if (element.QuerySelector("article, main, h1") is not null) return true;
        if (HasWord(element.ClassName, ThreadWords) || HasWord(element.Id, ThreadWords)) return false;
        return pageText > 0 && ParagraphText(element) * 2 > pageText;
    }

    private static int ParagraphText(IElement root)
    {
        var total = 0;
        foreach (var p in root.QuerySelectorAll("p")) total += p.TextContent.Length;
        return total;
    }
}
