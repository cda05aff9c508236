"""Reading documents: the text a web page's report is made of, and nothing of the site around it."""

from geo.documents import html_to_text

PAGE = """<!DOCTYPE html><html><head><title>Floods hit Assam - World News</title>
<script>var cities = "Paris London";</script><style>.a{color:red}</style></head>
<body><nav><a href="/">Home</a> | <a href="/india">India</a> | <a href="/us">US</a></nav>
<aside>Most read: <a>Storm in Lisbon</a></aside>
<article><h1>Floods hit Assam</h1><p>GUWAHATI: Floods in Assam have displaced 400,000 people &amp; more.</p>
<form><select><option>Berlin edition</option></select><button>Subscribe</button></form>
<figure><figcaption>Villagers in Morigaon district [Reuters]</figcaption></figure></article>
<footer>Contact us in New Delhi or London.</footer></body></html>"""


def test_a_pages_menus_sidebars_forms_and_footer_are_not_its_report():
    text, title = html_to_text(PAGE)
    assert title == "Floods hit Assam - World News"
    assert text.startswith("Floods hit Assam\n\nGUWAHATI: Floods in Assam have displaced 400,000 people & more.")
    assert "Morigaon" in text  # a caption is kept (the geoparser marks its places as related)
    for site_words in ("Home", "India", "US", "Lisbon", "Berlin", "Subscribe", "New Delhi", "London", "Paris", "color"):
        assert site_words not in text, site_words
