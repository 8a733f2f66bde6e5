/** `pcss --help`: Chinese first, then English, as every message of the project. */
export const HELP = `pcss — 销售进程管理:为团队的 .xlsx 工作簿加上里程碑、销售强度、漏斗与预测

用法:
  pcss apply <输入.xlsx> [--out <输出.xlsx>] [--in-place] [--lang zh|en] [--rep <销售人员>]
      找到机会列表,添加方法论表格(里程碑、销售强度、评分标准、关键机会简报、客户分级、
      业务动作追踪、客户访问日报),生成漏斗表与图表,并在漏斗历史中追加一行。可重复运行:
      只添加新机会,保留所有已填写的内容。默认写入 <输入>-pcss.xlsx,绝不修改输入文件,
      除非指定 --in-place。
  pcss funnel <输入.xlsx> [--rep <销售人员>] [--lang zh|en]
      在终端打印漏斗与预测(不写任何文件)。
  pcss --help

选项:
  --out <文件>     输出文件(先写临时文件,完成后再改名)
  --in-place       直接更新输入文件
  --lang zh|en     表名、表头和标签的语言(默认:按机会列表的表头判断)
  --rep <姓名>     只看某位销售人员的漏斗(漏斗表的筛选单元格)
  --date <日期>    漏斗历史行的日期,YYYY-MM-DD(默认今天)

pcss — sales process management: milestones, sales intensity, funnel and forecast for a team's .xlsx

Usage:
  pcss apply <in.xlsx> [--out <out.xlsx>] [--in-place] [--lang zh|en] [--rep <name>]
      Finds the opportunity list, adds the methodology's tabs (milestones, sales intensity,
      rubrics, key opportunity brief, customer grading, activity tracking, visit daily report),
      writes the funnel tab and chart, and appends a row to the funnel history. Safe to repeat:
      only new opportunities are added and every value entered is kept. Writes
      <in>-pcss.xlsx by default; the input is never modified unless --in-place is given.
  pcss funnel <in.xlsx> [--rep <name>] [--lang zh|en]
      Prints the funnel and forecast in the terminal (writes nothing).
  pcss --help

Options:
  --out <file>     output file (written to a temporary file, renamed at the end)
  --in-place       update the input file itself
  --lang zh|en     language of tab names, headers and labels (default: from the list's headers)
  --rep <name>     one rep's funnel (the funnel tab's filter cell)
  --date <date>    date of the funnel history row, YYYY-MM-DD (default today)
`;
