using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GovSites.Modules.Sites.Rules;

/// <summary>
/// The Chinese messages of refused input, by field. Pages copy them into ModelState beside their
/// fields; the API returns them as a ValidationProblem. The field names are those of the input records.
/// </summary>
public sealed class RuleErrors
{
    private readonly Dictionary<string, List<string>> byField = new(StringComparer.Ordinal);

    public bool IsEmpty => byField.Count == 0;

    public void Add(string field, string message)
    {
        if (!byField.TryGetValue(field, out var messages))
        {
            byField[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>A free-text field: required or not, and at most <paramref name="maxLength"/> characters (the column's size).</summary>
    public void CheckText(string field, string? value, string label, int maxLength, bool required = false)
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, $"请填写{label}。");
            }
        }
        else if (value.Length > maxLength)
        {
            Add(field, $"{label}最多 {maxLength} 个字（现有 {value.Length} 个）。");
        }
    }

    public IEnumerable<string> All => byField.Values.SelectMany(m => m);

    public Dictionary<string, string[]> ToDictionary() => byField.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Adds the messages to a page's ModelState under <c>{prefix}.{field}</c>, so each shows beside its field.</summary>
    public void CopyTo(ModelStateDictionary modelState, string prefix)
    {
        foreach (var (field, messages) in byField)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(field.Length == 0 ? string.Empty : $"{prefix}.{field}", message);
            }
        }
    }
}
