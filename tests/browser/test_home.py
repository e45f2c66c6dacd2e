def test_home_page_shows_its_main_heading(site, page):
    page.goto(site + "/")
    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == "Find support, safely"
    assert page.locator("html").get_attribute("lang") == "en"
