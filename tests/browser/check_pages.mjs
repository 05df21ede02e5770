// Opens pages in Debian's Chromium at several widths and reports what a visitor would meet.
// Usage: node check_pages.mjs '<json>' with {"pages": [{"name", "url"}], "viewports":
// [{"name", "width", "height"}], "outdir"}; prints one JSON object: per page and width, the
// console errors, page errors, failed or 4xx/5xx requests, the visible text, whether the page
// overflows sideways, how many images failed to load, and the screenshot's path.
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const job = JSON.parse(process.argv[2]);
const profile = mkdtempSync(join(tmpdir(), "outage-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});
const results = [];
try {
  for (const viewport of job.viewports) {
    for (const target of job.pages) {
      const page = await context.newPage();
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      const found = { page: target.name, viewport: viewport.name, console: [], errors: [], failed: [] };
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") {
          found.console.push(`${message.type()}: ${message.text()}`);
        }
      });
      page.on("pageerror", (error) => found.errors.push(String(error)));
      page.on("requestfailed", (request) => found.failed.push(`${request.url()} ${request.failure()?.errorText}`));
      page.on("response", (response) => {
        if (response.status() >= 400) found.failed.push(`${response.url()} ${response.status()}`);
      });
      await page.goto(target.url, { waitUntil: "load" });
      found.text = await page.evaluate(() => document.body.innerText);
      found.overflows = await page.evaluate(
        () => document.documentElement.scrollWidth > window.innerWidth + 1);
      found.brokenImages = await page.evaluate(
        () => [...document.images].filter((image) => !image.complete || image.naturalWidth === 0).length);
      found.images = await page.evaluate(() => document.images.length);
      found.screenshot = join(job.outdir, `${target.name}-${viewport.name}.png`);
      await page.screenshot({ path: found.screenshot, fullPage: true });
      results.push(found);
      await page.close();
    }
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(results));
