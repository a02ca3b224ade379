using System.Text.Json;
using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>Tab reaches every link, button and field in order, and each shows a visible focus indicator.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(SiteServerFixture site)
{
    private const string Collect = """
        () => {
          const all = [...document.querySelectorAll('a[href], button, input, textarea, select, summary, [tabindex]')]
            .filter(e => !e.disabled && e.tabIndex >= 0 && e.getAttribute('tabindex') !== '-1'
              && e.checkVisibility({ visibilityProperty: true }) && !e.closest('[hidden], [inert]'));
          return all.map((e, i) => {
            e.setAttribute('data-kb', String(i));
            const s = getComputedStyle(e);
            return { index: i, tag: e.tagName, text: (e.textContent || e.getAttribute('aria-label') || e.id || '').trim().slice(0, 40),
                     style: [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join('|') };
          });
        }
        """;

    private const string Focused = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body || !e.hasAttribute('data-kb')) { return null; }
          const s = getComputedStyle(e);
          return { index: Number(e.getAttribute('data-kb')), tag: e.tagName, text: (e.textContent || e.id || '').trim().slice(0, 40),
                   style: [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join('|'),
                   visibleOutline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
                   visibleShadow: s.boxShadow !== 'none' };
        }
        """;

    [Theory]
    [InlineData("chapter", SitePages.Wide)]
    [InlineData("movement-en", SitePages.Narrow)]
    [InlineData("home-vi", SitePages.Narrow)]
    [InlineData("search-en", SitePages.Wide)]
    public async Task Tab_ReachesEveryControl_WithVisibleFocus(string kind, int width)
    {
        await using var probe = await PageProbe.OpenAsync(site, width);
        await probe.RunAsync($"keyboard-{kind}-{width}", async () =>
        {
            await probe.GotoAsync(site.Url(SitePages.Kinds[kind]));
            var controls = (await probe.Page.EvaluateAsync<JsonElement>(Collect)).EnumerateArray().ToList();
            Assert.NotEmpty(controls);
            var unfocused = controls.ToDictionary(c => c.GetProperty("index").GetInt32(), c => c.GetProperty("style").GetString());
            var reached = new HashSet<int>();
            var problems = new List<string>();
            for (var presses = 0; presses < controls.Count + 5; presses++)
            {
                await probe.Page.Keyboard.PressAsync("Tab");
                var focused = await probe.Page.EvaluateAsync<JsonElement?>(Focused);
                if (focused is not { ValueKind: JsonValueKind.Object } f)
                {
                    if (reached.Count > 0)
                    {
                        break; // Focus left the document after the last control.
                    }

                    continue;
                }

                var index = f.GetProperty("index").GetInt32();
                if (!reached.Add(index))
                {
                    break;
                }

                var name = $"{f.GetProperty("tag").GetString()} '{f.GetProperty("text").GetString()}'";
                var style = f.GetProperty("style").GetString();
                if (!f.GetProperty("visibleOutline").GetBoolean() && !f.GetProperty("visibleShadow").GetBoolean())
                {
                    problems.Add($"{name}: no outline or box-shadow when focused ({style})");
                }
                else if (style == unfocused[index])
                {
                    problems.Add($"{name}: focused and unfocused look the same ({style})");
                }
            }

            var missed = controls.Where(c => !reached.Contains(c.GetProperty("index").GetInt32()))
                .Select(c => $"{c.GetProperty("tag").GetString()} '{c.GetProperty("text").GetString()}'").ToList();
            Assert.True(missed.Count == 0, $"Tab never reached {missed.Count} of {controls.Count} controls: {string.Join(", ", missed.Take(20))}");
            Assert.True(problems.Count == 0, "focus is not visible on:\n  " + string.Join("\n  ", problems));
            probe.AssertNoProblems($"keyboard {kind}");
        });
    }
}
