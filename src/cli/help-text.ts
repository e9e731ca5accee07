// Help screens, Chinese first, then English.

export const MAIN_HELP = `明白 Mingbai：在保存的网页里找出监管部门提醒过的消费风险（网络贷款、外卖店铺、培训课程）。
Mingbai: finds the consumer risks Chinese regulators warn about in saved web pages.

用法 / Usage:
  mingbai scan <文件|目录>... [选项]     扫描网页 / scan saved pages (*.html, *.htm; directories recursively)
  mingbai rules check [规则包...]        检查规则包及其示例 / validate rule packs and run their examples
  mingbai --help | -h                    显示帮助 / this help
  mingbai --version | -v                 显示版本 / the version

更多 / More: mingbai scan --help
退出码 / Exit codes: 0 完成 / done · 1 达到 --fail-on 级别 / a finding reached --fail-on ·
  2 用法或输入有误 / bad usage or unreadable input · 3 内部错误 / internal error (MINGBAI_DEBUG=1 for details)
`;

export const SCAN_HELP = `用法 / Usage: mingbai scan <文件|目录>... [选项 / options]

  --url URL                  单个文件的原网址 / the page's address (one file only)
  --json                     输出一个 JSON 文档 / print one JSON document (see docs/cli.md)
  --jsonl                    每个页面一行 JSON，最后一行是汇总 / one JSON line per page as it is done, then a summary line
  -j, --jobs N               并行线程数（默认：CPU 核数）/ worker threads (default: the number of cores)
  --explain                  说明原因：页面类型的得分和依据、读到的事实、每条没触发的规则差在哪里（单线程）
                             / why: kind scores and cues, the facts read, and what each rule that did not fire lacked (one thread)
  --sensitivity LEVEL        relaxed 只看危险 / danger only
                             standard 注意和危险（默认）/ caution and danger (default)
                             elder 全部 / everything
  --memory FILE              跨页面的许可证记忆文件 / licence memory kept between runs (JSON)
  --today YYYY-MM-DD         固定“今天”的日期 / fix today's date for date checks
  --fail-on SEVERITY         有 info|caution|danger 级别的提醒时退出码为 1 / exit 1 when a shown finding reaches it
  --lang zh|en               报告语言（默认中文）/ report language (default zh)
  --rules PACK               使用这些规则包代替内置的（可重复；文件、目录或 bundled）/
                             use these packs instead of the bundled ones (repeatable; file, directory or "bundled")
  -h, --help                 显示帮助 / this help

例 / Examples:
  mingbai scan saved/loan.html --url https://example.com/loan
  mingbai scan saved/ --json --sensitivity elder > report.json
  mingbai scan crawl/ --jsonl --jobs 8 > findings.jsonl
  mingbai scan shops/ --memory ~/.mingbai-licences.json --fail-on danger
`;

export const RULES_HELP = `用法 / Usage: mingbai rules check [规则包 / PACK...] [--lang zh|en]

  检查规则包格式，并运行每条规则的示例（flag 必须触发，pass 不能触发）。
  Validates packs (default: the bundled ones) and runs every rule's examples.
  PACK 可以是文件、目录或 bundled / a file, a directory or "bundled".
  退出码 / Exit codes: 0 全部通过 / all good · 1 有示例失败 / an example failed · 2 规则包无效 / invalid pack
`;
