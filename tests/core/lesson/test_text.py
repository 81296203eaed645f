"""A lesson's text: the Markdown subset becomes only the HTML subset Qt's labels show,
and everything else is shown as the characters typed."""

from html.parser import HTMLParser

import pytest

from gdstudio.core.lesson.text import HTML_TAGS, lesson_html


class Elements(HTMLParser):
    """The elements and attributes of an HTML fragment, and its text with entities decoded."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags, self.attributes, self.text = [], [], []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(attrs)

    def handle_data(self, data):
        self.text.append(data)


def test_paragraphs_lists_emphasis_strong_and_code():
    text = (
        "The loss is a *sum* of **errors**:\nL(w) = Σᵢ E(f_w(xᵢ), yᵢ).\n\n"
        "- the gradient ∇f = [2x + y, 2y + x]\n- points `uphill`\n  and is drawn as an arrow\n\n"
        "1. predict\n2. press Play"
    )
    assert lesson_html(text) == (
        "<p>The loss is a <em>sum</em> of <strong>errors</strong>: L(w) = Σᵢ E(f_w(xᵢ), yᵢ).</p>"
        "<ul><li>the gradient ∇f = [2x + y, 2y + x]</li><li>points <code>uphill</code> and is drawn as an arrow</li></ul>"
        "<ol><li>predict</li><li>press Play</li></ol>"
    )


def test_a_list_right_after_a_paragraph_line_and_nested_emphasis():
    assert lesson_html("Three runs:\n- γ = 0.6\n- γ = 2/3") == "<p>Three runs:</p><ul><li>γ = 0.6</li><li>γ = 2/3</li></ul>"
    assert lesson_html("**a *b* c**") == "<p><strong>a <em>b</em> c</strong></p>"


def test_products_and_escaped_characters_stay_as_typed():
    # a star with a space on either side is not emphasis; a backslash writes the character itself
    assert lesson_html("2 * 3 * 4") == "<p>2 * 3 * 4</p>"
    assert lesson_html(r"x\*y and \`code\` and \\ and \- not a list") == "<p>x*y and `code` and \\ and - not a list</p>"
    assert lesson_html(r"\- not a bullet") == "<p>- not a bullet</p>"


@pytest.mark.parametrize(
    "typed",
    [
        "<script>alert('x')</script>",
        "<img src=http://example.com/track.png>",
        '<a href="javascript:alert(1)">click</a>',
        "[click](javascript:alert(1))",
        "![image](https://example.com/a.png)",
        "&lt;b&gt; &#60;script&#62; &amp;",
        '<p style="color:red" onclick="x()">styled</p>',
        "<!-- comment --> <![CDATA[x]]> <?php echo 1; ?>",
        "*<b>bold</b>* and **<i>x</i>** and `<script>`",
    ],
    ids=[
        "script",
        "remote-image",
        "javascript-link",
        "markdown-link",
        "markdown-image",
        "entities",
        "attributes",
        "comments",
        "tags-in-emphasis",
    ],
)
def test_tags_entities_links_and_images_are_shown_as_typed_and_do_nothing(typed):
    html = lesson_html(typed)
    elements = Elements(html)
    assert set(elements.tags) <= HTML_TAGS and elements.attributes == []
    assert not {"script", "img", "a", "b", "i"} & set(elements.tags)
    # what a reader sees is exactly what was typed (less the Markdown marks)
    shown = "".join(elements.text)
    assert shown == typed.replace("**", "").replace("*", "").replace("`", "")


def test_a_pathological_text_is_shown_quickly_and_without_exhausting_the_recursion():
    html = lesson_html("*" * 3000 + "a" + "*" * 3000)
    assert set(Elements(html).tags) <= HTML_TAGS
    assert lesson_html("") == "" and lesson_html("\n\n \n") == ""
