// Open a kg HTML export in headless Chromium, collect console errors, take a screenshot.
const { chromium } = require("playwright-core");
(async () => {
  const [page_path, shot] = process.argv.slice(2);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = [];
  page.on("console", msg => { if (msg.type() === "error") errors.push(msg.text()); });
  page.on("pageerror", err => errors.push(String(err)));
  page.on("requestfailed", req => errors.push("request failed: " + req.url()));
  await page.goto("file://" + page_path);
  await page.waitForSelector("body[data-ready='1']", { timeout: 30000 });
  const nodes = await page.evaluate(() => DATA.nodes.length);
  await page.screenshot({ path: shot });
  // Search a node by name: it is focused and its facts panel opens.
  await page.fill("#search", process.env.KG_SEARCH || "Zelensky");
  await page.press("#search", "Enter");
  await page.waitForTimeout(800);
  const panel = await page.textContent("#side");
  await browser.close();
  console.log(JSON.stringify({ errors, nodes, panel }));
})().catch(err => { console.error(err); process.exit(1); });
