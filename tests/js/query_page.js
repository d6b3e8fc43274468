// Open the `kg serve` page in headless Chromium, run named queries through its fields, count the rows.
// argv: the page URL, then a JSON list of {name, params}. Prints {errors, rows: [count per run]}.
const { chromium } = require("playwright-core");
(async () => {
  const [url, runsJson] = process.argv.slice(2);
  const runs = JSON.parse(runsJson);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage();
  const errors = [];
  page.on("console", msg => { if (msg.type() === "error") errors.push(msg.text()); });
  page.on("pageerror", err => errors.push(String(err)));
  await page.goto(url);
  await page.waitForSelector("body[data-ready='1']", { timeout: 30000 });
  const rows = [];
  for (const run of runs) {
    await page.selectOption("#named", run.name);
    for (const [name, value] of Object.entries(run.params)) await page.fill(`#param-${name}`, value);
    await page.evaluate(() => { delete document.getElementById("out").dataset.rows; });
    await page.click("#run");
    await page.waitForFunction(() => document.getElementById("out").dataset.rows !== undefined
                                     || document.querySelector("#out .error"), null, { timeout: 30000 });
    const error = await page.$eval("#out", out => (out.querySelector(".error") || {}).textContent || "");
    if (error) errors.push(error);
    rows.push(Number(await page.$eval("#out", out => out.dataset.rows || "-1")));
  }
  await browser.close();
  console.log(JSON.stringify({ errors, rows }));
})().catch(err => { console.error(err); process.exit(1); });
