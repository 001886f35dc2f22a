// `scorecard score --inputs FILE.json`: the report as JSON or for people, and clean failures.
import { execFileSync, spawnSync } from "child_process";
import { tmpdir } from "os";
import { join } from "path";
import { fullMarks } from "../fixtures";
import { run, tempFile } from "./run";

const root = join(__dirname, "..", "..");
const example = join(root, "examples", "chaoyang-2022.json");

describe("scorecard score --inputs", () => {
  test("prints the example agency's report as JSON: 90 of 100", async () => {
    const { status, out, err } = await run(["score", "--inputs", example, "--json"]);
    expect(status).toBe(0);
    expect(err).toEqual([]);
    const report = JSON.parse(out);
    expect(report.total).toBe(90);
    expect(report.maxTotal).toBe(100);
    expect(report.indicators[0]).toMatchObject({ no: 1, applicable: true, score: 19, max: 20 });
  });

  test("an array of input objects gives an array of reports in the same order", async () => {
    const file = tempFile(
      "many.json",
      JSON.stringify([fullMarks, { ...fullMarks, agencyType: "industry" }, {}])
    );
    const reports = JSON.parse((await run(["score", "--inputs", file, "--json"])).out);
    expect(reports.map((r: { total: number | null }) => r.total)).toEqual([100, 96, null]);
  });

  test("without --json the report reads as text, flags under their indicator", async () => {
    const file = tempFile("bad.json", JSON.stringify({ ...fullMarks, unionMembers: "一万" }));
    const { status, out } = await run(["score", "--inputs", file]);
    expect(status).toBe(0);
    expect(out).toContain("小计：暂不计算");
    expect(out).toMatch(
      /1\. 互助保障覆盖率 {2}未计分 \/ 20\n {4}\[错误\] 「实际工会会员人数」应为数字/
    );
  });

  test.each([
    [["score"], "缺少要计分的内容"],
    [["score", "--inputs"], "缺少文件名"],
    [["score", "--inputs", "/no/such/file.json"], "文件不存在"],
    [["score", "--inputs", tmpdir()], "文件夹"],
    [["score", "--frobnicate"], "未知选项"],
    [["rank"], "未知命令"],
  ])("%p fails with exit 2 and one line: %s", async (args, text) => {
    const { status, out, err } = await run(args);
    expect(status).toBe(2);
    expect(out).toBe("");
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(text);
  });

  test.each([
    ["{ not json", "不是有效的 JSON"],
    ["42", "应为一个输入对象"],
    ['[{"agencyType":"district"}, 7]', "第 2 项不是输入对象"],
  ])("malformed input %p fails with exit 2: %s", async (content, text) => {
    const { status, err } = await run(["score", "--inputs", tempFile("x.json", content)]);
    expect(status).toBe(2);
    expect(err[0]).toContain(text);
  });
});

describe("the installed command", () => {
  test("bin/scorecard.js runs the compiled CLI: exit 0 with a report, exit 2 and no stack trace", async () => {
    const bin = join(root, "bin", "scorecard.js");
    const ok = JSON.parse(
      execFileSync("node", [bin, "score", "--inputs", example, "--json"], { encoding: "utf8" })
    );
    expect(ok.total).toBe(90);

    const bad = spawnSync("node", [bin, "score", "--inputs", "/no/such.json"], {
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).not.toContain("    at ");
  });
});
