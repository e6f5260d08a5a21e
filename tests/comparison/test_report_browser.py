"""The HTML report in a real browser: headless Chromium (Debian's chromium and chromium-driver, installed by
.ci/run) loads it offline with no console errors; the matrix shows the provinces, the indicators and the evidence."""
from __future__ import annotations

import shutil

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from extract.comparison.report import render

from .corpus_compare import work_reports

VIEWS = ("matrix", "diff", "trend", "owners", "rollup")


@pytest.fixture(scope="module")
def browser():
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not (chromium and driver):
        pytest.fail("headless Chromium is needed: apt-get install chromium chromium-driver (as .ci/run does)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1400,1000"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    session = webdriver.Chrome(service=Service(driver), options=options)
    yield session
    session.quit()


@pytest.fixture(scope="module")
def page(browser, tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render(work_reports(), views=VIEWS), encoding="utf-8")
    browser.get(path.as_uri())
    WebDriverWait(browser, 30).until(
        lambda b: b.execute_script("return !!document.querySelector('#matrix-heatmap .main-svg')"))
    return browser


def test_the_report_loads_offline_with_no_console_errors(page):
    errors = [entry for entry in page.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []
    assert page.execute_script("return typeof Plotly") == "object"
    assert page.execute_script("return document.querySelectorAll('script[src]').length") == 0


def test_the_heatmap_shows_the_provinces_and_the_headline_indicators(page):
    labels = page.execute_script(
        "return Array.from(document.querySelectorAll('#matrix-heatmap text')).map(t => t.textContent)")
    for province in ("浙江省", "四川省", "海南省", "广东省", "新疆维吾尔自治区"):
        assert province in labels
    for indicator in ("地区生产总值增长 [gdp_growth]", "城镇调查失业率 [unemployment]", "城镇新增就业 [urban_jobs]"):
        assert indicator in labels
    assert "4.5–5%" in labels  # Guangdong's growth range, one cell


def test_the_matrix_table_holds_each_value_with_its_evidence_and_a_link_to_its_source(page):
    cell = page.find_element(By.CSS_SELECTOR, 'tr[data-indicator="gdp_growth"] td[data-jurisdiction="四川省"]')
    assert cell.find_element(By.TAG_NAME, "a").text == "约5.5%"
    assert "地区生产总值增长5.5%左右" in cell.find_element(By.CLASS_NAME, "evidence").text
    assert cell.find_element(By.TAG_NAME, "a").get_attribute("href").startswith("file:///")
    assert "gwr2026-006" in cell.find_element(By.TAG_NAME, "a").get_attribute("href")


def test_hovering_a_heatmap_cell_shows_its_evidence(page):
    heatmap = page.find_element(By.CSS_SELECTOR, "#matrix-heatmap .nsewdrag")
    page.execute_script("arguments[0].scrollIntoView({block: 'start'})", heatmap)
    box = page.execute_script("const r = arguments[0].getBoundingClientRect(); return [r.left, r.top]", heatmap)
    # the first row: growth (all eighteen state it, and its id sorts first); the first column: 上海市
    actions = ActionBuilder(page)
    actions.pointer_action.move_to_location(int(box[0]) + 6, int(box[1]) + 6)
    actions.perform()
    WebDriverWait(page, 10).until(lambda b: b.find_elements(By.CSS_SELECTOR, "#matrix-heatmap .hoverlayer .hovertext"))
    text = page.find_element(By.CSS_SELECTOR, "#matrix-heatmap .hoverlayer .hovertext").text
    shanghai = work_reports().matrix.query("indicator_id == 'gdp_growth' and jurisdiction == '上海市'").iloc[0]
    assert "上海市" in text and "地区生产总值增长" in text
    assert shanghai["evidence"][:20] in text.replace("\n", "")
