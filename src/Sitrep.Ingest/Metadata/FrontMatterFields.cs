using YamlDotNet.RepresentationModel;

namespace Sitrep.Ingest.Metadata;

/// <summary>The known front matter keys and their checks; a wrong type is reported, not guessed around.</summary>
internal sealed class FrontMatterFields
{
    private string? _title, _outlet, _author, _url;
    private DateTimeOffset? _published;

    /// <summary>Takes one key/value; returns a problem description, or null when fine (or the key is unknown).</summary>
    public string? Set(string key, YamlNode value)
    {
        switch (key)
        {
            case "title" or "headline":
                return Text(key, value, out _title);
            case "outlet" or "source" or "publisher" or "site_name":
                return Text(key, value, out _outlet);
            case "url" or "link":
                return Text(key, value, out _url);
            case "author" or "authors":
                return Authors(key, value, out _author);
            case "published" or "date" or "date_published" or "publish_date":
                var problem = Text(key, value, out var raw);
                if (problem is not null || raw is null) return problem;
                _published = DateText.ParseValue(raw);
                return _published is null ? $"front matter field '{key}' is not a date: '{raw}'" : null;
            default:
                return null;
        }
    }

    public ArticleMetadata ToMetadata() => new(_title, _outlet, _author, _url, _published);

    private static string? Text(string key, YamlNode value, out string? text)
    {
        text = null;
        if (value is not YamlScalarNode scalar) return $"front matter field '{key}' must be text, not {Describe(value)}";
        text = IsNull(scalar) ? null : scalar.Value!.Trim();
        return null;
    }

    /// <summary>An author is a name, or a list of names (joined with ", ").</summary>
    private static string? Authors(string key, YamlNode value, out string? authors)
    {
        authors = null;
        if (value is YamlScalarNode) return Text(key, value, out authors);
        if (value is not YamlSequenceNode list) return $"front matter field '{key}' must be a name or a list of names, not {Describe(value)}";
        var names = new List<string>();
        foreach (var item in list.Children)
        {
            if (item is not YamlScalarNode scalar) return $"front matter field '{key}' must list names, not {Describe(item)}";
            if (!IsNull(scalar)) names.Add(scalar.Value!.Trim());
        }
        authors = names.Count == 0 ? null : string.Join(", ", names);
        return null;
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        string.IsNullOrWhiteSpace(scalar.Value)
        || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL");

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "this",
    };
}
