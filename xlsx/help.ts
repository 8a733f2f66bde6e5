/** `pcss --help`: Chinese first, then English, as every message of the project. */
export const HELP = `pcss — 销售进程管理:为团队的 .xlsx 工作簿加上里程碑、销售强度、漏斗与预测

用法:
  pcss apply <输入.xlsx> [--out <输出.xlsx>] [--in-place] [--lang zh|en] [--rep <销售人员>]
             [--sheet <工作表>] [--map <字段>=<表头> …]
      找到机会列表,添加方法论表格(里程碑、销售强度、评分标准、关键机会简报、客户分级、
      业务动作追踪、客户访问日报),生成漏斗表与图表,并在漏斗历史中追加一行。可重复运行:
      只添加新机会,保留所有已填写的内容。默认写入 <输入>-pcss.xlsx,绝不修改输入文件,
      除非指定 --in-place。先打印所用的机会列表与各列(未找到的列及其影响);缺少金额或
      销售人员列时在标准错误输出上警告。
  pcss funnel <输入.xlsx> [--rep <销售人员>] [--period <期间> …] [--lang zh|en] [--sheet <工作表>] [--map <字段>=<表头> …]
      在终端打印所用的列表与各列、漏斗与预测、按期间预测(不写任何文件)。
  pcss funnel <工作簿或文件夹> <工作簿或文件夹> … [--rep] [--period] [--lang] [--sheet] [--map]
      多个工作簿(或文件夹中所有 .xlsx/.xlsm,按名称排序,不含子文件夹):每个工作簿一行
      (机会数、金额、预测)及合计,合计漏斗,合计的按期间预测。无法读取的工作簿会被指出、
      不计入合计,并以退出码 1 结束;其余照常显示。不写任何文件。
  pcss coach <输入.xlsx> [--rep <销售人员>] [--lang zh|en]
      辅导视图(只读,不写任何文件):每位销售人员从未做过的业务动作、要求生意远低于团队
      (不到团队占比的一半)、进行中机会最弱的 5K 因素、顺序不对的勾选;每个进行中的机会
      的里程碑、下一步和最弱因素。工作簿须已设置(pcss apply)。
  pcss --help
  pcss --version(或 -V)

选项:
  --out <文件>     输出文件(先写临时文件,完成后再改名)
  --in-place       直接更新输入文件
  --lang zh|en     表名、表头和标签的语言(默认:按机会列表的表头判断)
  --rep <姓名>     只看某位销售人员的漏斗或辅导(apply:写入漏斗表的筛选单元格)
  --date <日期>    漏斗历史行的日期,YYYY-MM-DD(默认今天)
  --period <期间>  按预计签约期间预测的期间,季度 2027-Q1 或月份 2027-03,可重复
                   (默认:当前季度和下一季度及其各月)
  --sheet <名称>   机会列表所在的工作表(默认:自动查找)
  --map 字段=表头  指定某字段所用的列,可重复;字段:opportunity(机会名称)、customer(客户)、
                   rep(销售人员)、amount(金额)、expectedClose(预计签约日期)、stage(阶段),
                   也可用中文字段名;表头留空表示没有这一列。例:--map amount=预计合同金额(含税)
                   不存在的工作表或表头会被拒绝,并列出现有的

每个命令只接受上面列出的选项,其他选项会被拒绝(例如 funnel --out)。--date 须为真实日期。
--lang 与工作簿中已有表格的语言不同时,apply 拒绝执行并说明(否则会再加一套另一语言的表格);
funnel 和 coach 的 --lang 只决定打印的语言。--rep 找不到此人时在标准错误输出上警告并列出
现有销售人员:funnel 和 coach 以退出码 1 结束且不打印空表(以免脚本当作 0);apply 照常写入
(筛选单元格可以预先填写尚无机会的人)。
退出码:0 完成;1 输入或文件有误(或如上);2 用法有误(未知或不适用的选项、日期、--lang);3 意外错误。

pcss — sales process management: milestones, sales intensity, funnel and forecast for a team's .xlsx

Usage:
  pcss apply <in.xlsx> [--out <out.xlsx>] [--in-place] [--lang zh|en] [--rep <name>]
             [--sheet <sheet>] [--map <field>=<Header> …]
      Finds the opportunity list, adds the methodology's tabs (milestones, sales intensity,
      rubrics, key opportunity brief, customer grading, activity tracking, visit daily report),
      writes the funnel tab and chart, and appends a row to the funnel history. Safe to repeat:
      only new opportunities are added and every value entered is kept. Writes
      <in>-pcss.xlsx by default; the input is never modified unless --in-place is given.
      Prints the list and columns it used first (a column not found, and what that costs);
      warns on stderr when the amount or rep column is missing.
  pcss funnel <in.xlsx> [--rep <name>] [--period <p> …] [--lang zh|en] [--sheet <sheet>] [--map <field>=<Header> …]
      Prints the list and columns used, the funnel and forecast, and the forecast by period in the
      terminal (writes nothing).
  pcss funnel <workbook or folder> <workbook or folder> … [--rep] [--period] [--lang] [--sheet] [--map]
      Several workbooks (or every .xlsx/.xlsm of a folder, sorted by name, not its subfolders):
      one line per workbook (opportunities, amount, forecast) and the total, the funnel of all of
      them, and their forecast by period. A workbook that cannot be read is said, left out of the
      total, and makes the exit status 1; the others are shown. Writes nothing.
  pcss coach <in.xlsx> [--rep <name>] [--lang zh|en]
      The coaching view (read-only, writes nothing): per rep, the steps never taken, asks for the
      business far below the team's (under half its share), the weakest 5K factor across their
      open deals, out-of-order ticks; per open deal its milestone, next step and weakest factor.
      The workbook must be set up (pcss apply).
  pcss --help
  pcss --version (or -V)

Options:
  --out <file>     output file (written to a temporary file, renamed at the end)
  --in-place       update the input file itself
  --lang zh|en     language of tab names, headers and labels (default: from the list's headers)
  --rep <name>     one rep's funnel or coaching (apply: written in the funnel tab's filter cell)
  --date <date>    date of the funnel history row, YYYY-MM-DD (default today)
  --period <p>     a period of the forecast by expected close: a quarter, 2027-Q1, or a month,
                   2027-03; repeatable (default: this quarter and the next, with their months)
  --sheet <name>   the sheet holding the opportunity list (default: found by its headers and data)
  --map field=Header
                   the column of a field, repeatable; fields: opportunity, customer, rep, amount,
                   expectedClose, stage (or their Chinese names); an empty Header: no such column.
                   Example: --map amount="Est. Revenue". A sheet or header that does not exist
                   is refused, listing those that do

Each command takes only the options listed for it; any other is refused (e.g. funnel --out).
--date must be a real date. A --lang other than the language of the tabs already in the workbook
is refused by apply, with why (it would add a second set of tabs in the other language); for
funnel and coach --lang only chooses the language printed. A --rep that names nobody is said on
stderr with the reps there are: funnel and coach then exit 1 and print no empty table (a script
would take it for zero); apply writes it all the same (the filter cell may name a rep with no
deal yet).
Exit status: 0 done; 1 bad input or file (or as above); 2 wrong usage (an unknown or
inapplicable option, a date, --lang); 3 an unexpected failure.
`;
