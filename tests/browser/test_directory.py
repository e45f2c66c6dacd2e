"""Finding a service in Chromium, with and without JavaScript: by postcode
and by the device's location. Search terms and positions never reach a URL,
and the search adds no history entry."""

DEVICE = {"latitude": 52.4105, "longitude": -1.5095}


def record_urls(page):
    urls = []
    page.on("request", lambda request: urls.append(request.url))
    return urls


def local_results(page):
    return page.locator("[data-local-results] .service-card__name").all_inner_texts()


def assert_private_urls(urls, *secrets):
    for url in urls:
        for secret in secrets:
            assert secret.lower() not in url.lower(), url


def test_postcode_search_with_javascript_swaps_results_in_place(site, page):
    urls = record_urls(page)
    page.goto(site + "/directory/")
    history = page.evaluate("history.length")
    page.locator("#directory-q").fill("DV")
    page.locator("#directory-where").fill("CV1 1AA")
    page.locator(".directory-form button[type=submit]").click()
    page.locator("[data-results-heading]").filter(has_text="found").wait_for()
    assert page.url == site + "/directory/"
    assert page.evaluate("history.length") == history
    names = local_results(page)
    assert names and all(name.startswith("Example") for name in names)
    assert "miles away" in page.locator("[data-local-results]").inner_text()
    assert page.locator("[data-national-results] li").count() >= 1
    assert_private_urls(urls, "CV1", "DV")


def test_postcode_search_without_javascript(site, no_js_context):
    page = no_js_context.new_page()
    urls = record_urls(page)
    page.goto(site + "/directory/")
    page.locator("#directory-where").fill("CV2")
    page.locator("#directory-radius").select_option("3")
    page.locator(".directory-form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.url == site + "/directory/#results"  # opened at the results
    assert "Local services near CV2" in page.locator("main").inner_text()
    assert len(local_results(page)) >= 1
    assert page.locator("[data-geolocate]").is_hidden()
    assert_private_urls(urls, "CV2")


def test_use_my_location_only_on_click(site, browser):
    context = browser.new_context(geolocation=DEVICE, permissions=["geolocation"])
    page = context.new_page()
    urls = record_urls(page)
    page.add_init_script("""
      window.__asked = 0;
      const original = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
      navigator.geolocation.getCurrentPosition = (...args) => { window.__asked += 1; return original(...args); };
    """)
    page.goto(site + "/directory/")
    assert page.evaluate("window.__asked") == 0
    page.locator("[data-geolocate]").click()
    page.locator("[data-results-heading]").filter(has_text="found").wait_for()
    assert page.evaluate("window.__asked") == 1
    assert "Local services near your location" in page.locator("main").inner_text()
    assert len(local_results(page)) >= 1
    assert_private_urls(urls, "52.41", "-1.50", "lat=")
    context.close()
