"""The application in a real browser: headless Chromium (Debian's chromium and
chromium-driver) driven by Selenium (python3-selenium) against the app served
by werkzeug on a free port. It loads each page, fills and submits the action
update form, checks the change appears, submits one libcsp refuses and checks
its message appears, and saves screenshots (the partnership page among them)
to $CSP_WEBAPP_SCREENSHOTS (CTest: build/.../examples/webapp/screenshots)."""

from __future__ import annotations

import os
import pathlib
import threading
from typing import Any, Iterator

import pytest
from werkzeug.serving import make_server

import libcsp

from conftest import AS_OF, BROWSER_MISSING, IN_CI, SEP, webapp

#: Variables that must not reach Chromium: in the ASan build the test's environment
#: preloads libasan, which a browser not built with it cannot run under.
SANITIZER_VARS = ("LD_PRELOAD", "ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS")


@pytest.fixture
def server(register_path: pathlib.Path) -> Iterator[str]:
    """The app served by werkzeug's threaded server on a free port; yields its base URL."""
    srv = make_server("127.0.0.1", 0, webapp.create_app(register_path), threaded=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.server_port}"
    finally:
        srv.shutdown()
        thread.join(timeout=30)


@pytest.fixture
def browser(tmp_path: pathlib.Path) -> Iterator[Any]:
    if BROWSER_MISSING:
        message = f"missing {', '.join(BROWSER_MISSING)} (apt install {' '.join(BROWSER_MISSING)})"
        if IN_CI:
            pytest.fail(f"the browser test needs {message}")
        pytest.skip(message)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    if os.path.exists("/usr/bin/chromium"):
        options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
                f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(arg)
    env = {k: v for k, v in os.environ.items() if k not in SANITIZER_VARS}
    service = Service("/usr/bin/chromedriver", env=env, log_path=str(tmp_path / "chromedriver.log"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def screenshot_dir(tmp_path: pathlib.Path) -> pathlib.Path:
    out = pathlib.Path(os.environ.get("CSP_WEBAPP_SCREENSHOTS") or tmp_path / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    return out


def full_page_screenshot(driver: Any, path: pathlib.Path) -> None:
    """The whole page, not only the window: the window is made as tall as the page
    (the test reads the page's height; the application itself runs no script)."""
    height = int(driver.execute_script("return document.documentElement.scrollHeight"))
    driver.set_window_size(1280, min(max(height + 200, 800), 12000))  # + the window's own frame
    assert driver.save_screenshot(str(path)), f"could not write {path}"
    driver.set_window_size(1280, 1000)


def follow(d: Any, element: Any) -> None:
    """Clicks a link or a submit button and waits until the next page has
    replaced this one and loaded: a click returns before the browser has
    navigated, and on a busy machine the next look would otherwise find the old
    page. The old page is marked with a script variable the new one lacks;
    while the browser is between pages, any error from it means "not yet"."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait
    d.execute_script("window.__cspOldPage = true;")
    element.click()

    def next_page_loaded(drv: Any) -> bool:
        return bool(drv.execute_script(
            "return window.__cspOldPage === undefined && document.readyState === 'complete';"))

    WebDriverWait(d, 60, ignored_exceptions=(WebDriverException,)).until(next_page_loaded)


def test_pages_and_forms_in_chromium(browser: Any, server: str, register_path: pathlib.Path,
                                     tmp_path: pathlib.Path, capsys: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    d = browser
    shots = screenshot_dir(tmp_path)

    # home: partnerships by area
    d.get(server + "/")
    assert d.find_element(By.TAG_NAME, "h1").text == "Partnerships by area"
    areas = [h.text for h in d.find_elements(By.CSS_SELECTOR, "section.area h2")]
    assert {"Ealing", "Hackney", "Westminster"} <= set(areas)
    follow(d, d.find_element(By.LINK_TEXT, "Safer Ealing Partnership"))

    # the partnership page, then the date chosen with its form
    assert d.find_element(By.TAG_NAME, "h1").text.startswith("Safer Ealing Partnership")
    date_input = d.find_element(By.ID, "as_of")
    assert date_input.get_attribute("type") == "date"
    d.execute_script("arguments[0].value = arguments[1]", date_input, AS_OF)  # a date picker, typed per locale
    follow(d, d.find_element(By.CSS_SELECTOR, "form.asof button"))
    assert f"as_of={AS_OF}" in d.current_url
    for section in ("seats", "duties", "strategies", "meetings", "actions", "risks", "compliance"):
        assert d.find_element(By.ID, section).is_displayed(), section
    assert "Compliance report as of 30 June 2024" in d.find_element(By.ID, "compliance").text
    overdue = d.find_element(By.ID, "action-sep-act-1")
    assert "Overdue" in overdue.text

    # the attendance form: a seat that had ended is refused, with libcsp's message
    follow(d, d.find_element(By.CSS_SELECTOR, "#meeting-sep-2024-06 a"))
    assert d.find_element(By.TAG_NAME, "h1").text == "Attendance at the meeting of 13 June 2024"
    Select(d.find_element(By.ID, "status-ealing-sep-fire-former")).select_by_visible_text("Present")
    Select(d.find_element(By.ID, "status-ealing-sep-yot")).select_by_visible_text("Absent")
    follow(d, d.find_element(By.CSS_SELECTOR, "form.record button[type=submit]"))
    error = d.find_element(By.ID, "form-error").text
    assert "the seat had not ended before the meeting's date" in error and '"2023-12-31"' in error
    assert Select(d.find_element(By.ID, "status-ealing-sep-yot")).first_selected_option.text == "Absent"
    d.save_screenshot(str(shots / "attendance-refused.png"))
    # correct it and save
    Select(d.find_element(By.ID, "status-ealing-sep-fire-former")).select_by_visible_text("Not recorded")
    Select(d.find_element(By.ID, "status-ealing-sep-fire")).select_by_visible_text("Present")
    Select(d.find_element(By.ID, "substitute-ealing-sep-fire")).select_by_visible_text("Sam Okafor")
    follow(d, d.find_element(By.CSS_SELECTOR, "form.record button[type=submit]"))
    assert "Attendance for meeting sep-2024-06 saved." in d.find_element(By.CSS_SELECTOR, "p.ok").text
    assert "4 seats recorded" in d.find_element(By.ID, "meeting-sep-2024-06").text

    # the action update form: a good update, then one libcsp refuses
    d.get(f"{server}/partnerships/{SEP}?as_of={AS_OF}")
    follow(d, d.find_element(By.CSS_SELECTOR, "#action-sep-act-1 a"))
    assert d.find_element(By.TAG_NAME, "h1").text == "Add an update to an action"
    field = d.find_element(By.ID, "date")
    field.clear()
    field.send_keys("2024-06-21")
    Select(d.find_element(By.ID, "status")).select_by_visible_text("In progress")
    Select(d.find_element(By.ID, "rag")).select_by_visible_text("Amber")
    d.find_element(By.ID, "note").send_keys("Draft plan circulated to partners for comment.")
    follow(d, d.find_element(By.CSS_SELECTOR, "form.record button[type=submit]"))
    assert "saved=update" in d.current_url
    assert "Update sep-act-1.u1 saved." in d.find_element(By.CSS_SELECTOR, "p.ok").text
    row = d.find_element(By.ID, "action-sep-act-1").text
    assert "21 June 2024" in row and "Draft plan circulated" in row and "In progress" in row and "Amber" in row

    follow(d, d.find_element(By.CSS_SELECTOR, "#action-sep-act-1 a"))
    field = d.find_element(By.ID, "date")
    field.clear()
    field.send_keys("2024-01-10")
    d.find_element(By.ID, "note").send_keys("Reported before it was raised")
    follow(d, d.find_element(By.CSS_SELECTOR, "form.record button[type=submit]"))
    error = d.find_element(By.ID, "form-error").text
    assert "Not saved." in error
    assert ('date: action_update "sep-act-1.u2": an update is not dated before its action was raised, '
            'but action.raised_on is "2024-03-14" and date is "2024-01-10"') in error
    assert d.find_element(By.ID, "date").get_attribute("value") == "2024-01-10"
    assert d.find_element(By.ID, "note").get_attribute("value") == "Reported before it was raised"
    d.save_screenshot(str(shots / "action-update-refused.png"))
    with libcsp.Register(register_path, readonly=True) as reg:
        assert [u.note for u in reg.actions["sep-act-1"].updates()] == ["Draft plan circulated to partners for comment."]

    # the partnership page as it now stands, whole
    d.get(f"{server}/partnerships/{SEP}?as_of={AS_OF}")
    assert "Draft plan circulated" in d.find_element(By.ID, "action-sep-act-1").text
    path = shots / "partnership.png"
    full_page_screenshot(d, path)
    assert path.stat().st_size > 10000
    d.get(server + "/")
    full_page_screenshot(d, shots / "home.png")
    with capsys.disabled():
        print(f"\nscreenshot of the partnership page: {path}")
