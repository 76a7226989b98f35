<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>see pyproject.toml</source>
        <translation>见 pyproject.toml</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>no OpenGL</source>
        <translation>无 OpenGL</translation>
    </message>
    <message>
        <source>No project page yet.</source>
        <translation>尚无项目主页。</translation>
    </message>
    <message>
        <source>Critical points of 2-parameter losses: g, H, eigenvalues and the second-order Taylor expansion L(θ) + gᵀv + ½vᵀHv, made visible.</source>
        <translation>双参数损失函数的临界点：让 g、H、特征值和二阶泰勒展开 L(θ) + gᵀv + ½vᵀHv 一目了然。</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>许可证：{licence}</translation>
    </message>
    <message>
        <source>About critexplorer</source>
        <translation>关于 critexplorer</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <source>the formula could not be shown</source>
        <translation>无法显示该公式</translation>
    </message>
    <message>
        <source>could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
</context>
<context>
    <name>Atlas</name>
    <message>
        <source>about {count} critical curves in view: zoom in</source>
        <translation>视图中约有 {count} 条临界曲线：请放大</translation>
    </message>
    <message>
        <source>about {count} critical points in view: zoom in</source>
        <translation>视图中约有 {count} 个临界点：请放大</translation>
    </message>
    <message>
        <source>more than {count} critical points in view, too many to resolve: zoom in</source>
        <translation>视图中有超过 {count} 个临界点，多到无法分辨：请放大</translation>
    </message>
    <message>
        <source>more than {count} critical curves in view, too many to resolve: zoom in</source>
        <translation>视图中有超过 {count} 条临界曲线，多到无法分辨：请放大</translation>
    </message>
    <message>
        <source>too many critical points in view to resolve: zoom in</source>
        <translation>视图中的临界点太多，无法分辨：请放大</translation>
    </message>
</context>
<context>
    <name>AtlasProgress</name>
    <message>
        <source>Finding critical points… %p%</source>
        <translation>正在寻找临界点… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the critical-point search</source>
        <translation>停止临界点搜索</translation>
    </message>
</context>
<context>
    <name>BasinPanel</name>
    <message>
        <source>No basin map yet (the landscape changed).</source>
        <translation>尚无吸引域图（损失曲面已改变）。</translation>
    </message>
    <message>
        <source>No basin map yet.</source>
        <translation>尚无吸引域图。</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>N × N starts at the centres of the cells of the window</source>
        <translation>在显示范围内 N × N 个格子的中心各取一个起点</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Step limit of each start (settled starts stop earlier)</source>
        <translation>每个起点的步数上限（已稳定的起点会提前停止）</translation>
    </message>
    <message>
        <source>compare with</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Map a second optimizer (its default hyperparameters) beside the first, in place of the 3-D view</source>
        <translation>在第一个旁边绘制第二个优化器（使用其默认超参数）的吸引域图，取代三维视图</translation>
    </message>
    <message>
        <source>Map basins</source>
        <translation>绘制吸引域</translation>
    </message>
    <message>
        <source>Map where the Optimizers tab&apos;s optimizer ends from every cell</source>
        <translation>绘制“优化器”标签页中的优化器从每个格子出发最终到达的位置</translation>
    </message>
    <message>
        <source>Mapping basins… %p%</source>
        <translation>正在绘制吸引域… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Show on the contour map</source>
        <translation>在等高线图上显示</translation>
    </message>
    <message>
        <source>Click a cell: run from there</source>
        <translation>点击格子：从该处运行</translation>
    </message>
    <message>
        <source>A click on the map adds a run of this optimizer from the cell&apos;s centre</source>
        <translation>在图上点击，即从该格子中心添加一次此优化器的运行</translation>
    </message>
    <message>
        <source>Where the starts ended: each attractor&apos;s colour on the map and its fraction</source>
        <translation>各起点的终点：每个吸引子在图上的颜色及其所占比例</translation>
    </message>
    <message>
        <source>Basins</source>
        <translation>吸引域</translation>
    </message>
    <message>
        <source>Basin map cancelled</source>
        <translation>已取消吸引域图</translation>
    </message>
    <message>
        <source>{name} from cell {row},{column}</source>
        <translation>{name}，从格子 {row},{column} 出发</translation>
    </message>
    <message>
        <source>{name} on {size}² starts: {fractions}; median {steps} steps</source>
        <translation>{name}，{size}² 个起点：{fractions}；中位数 {steps} 步</translation>
    </message>
    <message>
        <source>{name} on {size}² starts (coarse; refining…): {fractions}; median {steps} steps</source>
        <translation>{name}，{size}² 个起点（粗略结果，正在细化…）：{fractions}；中位数 {steps} 步</translation>
    </message>
    <message>
        <source>{kind} {percent} %</source>
        <translation>{kind} {percent}%</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>unknown command &apos;{command}&apos;; did you mean &apos;{guess}&apos;?</source>
        <translation>未知命令“{command}”；您是想输入“{guess}”吗？</translation>
    </message>
    <message>
        <source>{prog}: error: {text}</source>
        <translation>{prog}：错误：{text}</translation>
    </message>
    <message>
        <source>{prog}: internal error: {kind}: {text} (please report it; CRITEXPLORER_DEBUG=1 shows the traceback)</source>
        <translation>{prog}：内部错误：{kind}：{text}（请报告此问题；设置 CRITEXPLORER_DEBUG=1 可显示回溯信息）</translation>
    </message>
    <message>
        <source>; a formula that starts with -- goes after a lone --, like: -- &quot;--x&quot;</source>
        <translation>；以 -- 开头的公式要放在单独的 -- 之后，例如：-- &quot;--x&quot;</translation>
    </message>
    <message>
        <source>{message} (see: {prog} --help)</source>
        <translation>{message}（参见：{prog} --help）</translation>
    </message>
    <message>
        <source>the following arguments are required: {names}</source>
        <translation>缺少必需的参数：{names}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {names}</source>
        <translation>无法识别的参数：{names}</translation>
    </message>
    <message>
        <source>argument {option}: invalid choice: {value} (choose from {choices})</source>
        <translation>参数 {option}：无效的选项 {value}（可选：{choices}）</translation>
    </message>
    <message>
        <source>argument {option}: expected one argument</source>
        <translation>参数 {option}：需要一个值</translation>
    </message>
    <message>
        <source>--vars needs two different names, like x,y; got {names}</source>
        <translation>--vars 需要两个不同的名称，例如 x,y；收到的是 {names}</translation>
    </message>
    <message>
        <source>{message} (column {column})</source>
        <translation>{message}（第 {column} 列）</translation>
    </message>
    <message>
        <source> (parameters such as a=2 go in --param NAME=VALUE)</source>
        <translation>（a=2 这样的参数请用 --param NAME=VALUE 给出）</translation>
    </message>
    <message>
        <source>: bind with --param NAME=VALUE</source>
        <translation>：请用 --param NAME=VALUE 赋值</translation>
    </message>
    <message>
        <source>. Bind the extra ones with --param NAME=VALUE, or choose the two with --vars</source>
        <translation>。请用 --param NAME=VALUE 为多余的名称赋值，或用 --vars 选出两个变量</translation>
    </message>
    <message>
        <source>: a term is missing after it</source>
        <translation>：其后缺少一项</translation>
    </message>
    <message>
        <source>give either FORMULA or --preset NAME, not both</source>
        <translation>请给出 FORMULA 或 --preset NAME（预设）其中之一，不要同时给出</translation>
    </message>
    <message>
        <source>give a FORMULA, e.g. &quot;x^2-y^2&quot;, or --preset NAME (see: critexplorer presets)</source>
        <translation>请给出公式 FORMULA（例如 &quot;x^2-y^2&quot;）或 --preset NAME（预设，参见：critexplorer presets）</translation>
    </message>
    <message>
        <source>--directions needs two directions like eig-min,eig-max; got {text}</source>
        <translation>--directions 需要两个方向，例如 eig-min,eig-max；收到的是 {text}</translation>
    </message>
    <message>
        <source>{path} is not JSON ({problem})</source>
        <translation>{path} 不是 JSON（{problem}）</translation>
    </message>
    <message>
        <source>{prog}: note: {note}</source>
        <translation>{prog}：注意：{note}</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>starts</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>{grid} x {grid} cell centres over {a} in {xlim}, {b} in {ylim}</source>
        <translation>{grid} × {grid} 网格的单元中心，{a} ∈ {xlim}，{b} ∈ {ylim}</translation>
    </message>
    <message>
        <source>step limit</source>
        <translation>步数上限</translation>
    </message>
    <message>
        <source>{steps} (median steps taken: {median})</source>
        <translation>{steps}（实际步数中位数：{median}）</translation>
    </message>
    <message>
        <source>fractions of the starts:</source>
        <translation>各类起点所占比例：</translation>
    </message>
    <message>
        <source>attractors (id, type, point, fraction):</source>
        <translation>吸引子（编号、类型、位置、比例）：</translation>
    </message>
    <message>
        <source>window: {a} in [{x0}, {x1}], {b} in [{y0}, {y1}]</source>
        <translation>显示范围：{a} ∈ [{x0}, {x1}]，{b} ∈ [{y0}, {y1}]</translation>
    </message>
    <message>
        <source>1 critical point:</source>
        <translation>1 个临界点：</translation>
    </message>
    <message>
        <source>%n critical points:</source>
        <translation>%n 个临界点：</translation>
    </message>
    <message>
        <source>%n critical points</source>
        <translation>%n 个临界点</translation>
    </message>
    <message>
        <source>{type} (degenerate)</source>
        <translation>{type}（退化）</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>eigenvalue 1</source>
        <translation>特征值 1</translation>
    </message>
    <message>
        <source>eigenvalue 2</source>
        <translation>特征值 2</translation>
    </message>
    <message>
        <source>1 critical set (not isolated points):</source>
        <translation>1 个临界集（非孤立点）：</translation>
    </message>
    <message>
        <source>%n critical sets (not isolated points):</source>
        <translation>%n 个临界集（非孤立点）：</translation>
    </message>
    <message>
        <source>{kind}: {type} at L = {level}, %n samples, from {first} to {last}</source>
        <translation>{kind}：{type}，L = {level}，%n 个采样点，从 {first} 到 {last}</translation>
    </message>
    <message>
        <source>{kind}: {type} at L = {level}, %n samples</source>
        <translation>{kind}：{type}，L = {level}，%n 个采样点</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>point</source>
        <translation>点</translation>
    </message>
    <message>
        <source>value</source>
        <translation>函数值</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Hessian</source>
        <translation>海森矩阵</translation>
    </message>
    <message>
        <source>eigenvalues</source>
        <translation>特征值</translation>
    </message>
    <message>
        <source>{first}, {second}   (ascending)</source>
        <translation>{first}, {second}   （从小到大）</translation>
    </message>
    <message>
        <source>eigenvectors</source>
        <translation>特征向量</translation>
    </message>
    <message>
        <source>{first}, {second}   (unit, same order)</source>
        <translation>{first}, {second}   （单位向量，顺序同上）</translation>
    </message>
    <message>
        <source>escape</source>
        <translation>逃离方向</translation>
    </message>
    <message>
        <source>along +/-{direction}: a step t changes L by about {change}*t^2</source>
        <translation>沿 ±{direction}：步长 t 使 L 约变化 {change}*t^2</translation>
    </message>
    <message>
        <source>undefined: L or its derivatives are not finite here</source>
        <translation>无定义：L 或其导数在此处不是有限值</translation>
    </message>
    <message>
        <source>not a critical point (the gradient is not zero)</source>
        <translation>不是临界点（梯度不为零）</translation>
    </message>
    <message>
        <source>{type} (critical point, degenerate: an eigenvalue is about zero)</source>
        <translation>{type}（临界点，退化：有一个特征值约为零）</translation>
    </message>
    <message>
        <source>{type} (critical point)</source>
        <translation>{type}（临界点）</translation>
    </message>
    <message>
        <source>{a} in [{x0}, {x1}], {b} in [{y0}, {y1}]</source>
        <translation>{a} ∈ [{x0}, {x1}]，{b} ∈ [{y0}, {y1}]</translation>
    </message>
    <message>
        <source>   with {params}</source>
        <translation>   其中 {params}</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次 (epoch)</translation>
    </message>
    <message>
        <source>samples seen</source>
        <translation>已见样本数</translation>
    </message>
    <message>
        <source>--start X,Y is required (e.g. --start=-1,2)</source>
        <translation>必须给出 --start X,Y（例如 --start=-1,2）</translation>
    </message>
    <message>
        <source>--x-axis {axis} needs a data-backed preset (a loss with samples); this loss has none</source>
        <translation>--x-axis {axis} 需要基于数据的预设（带样本的损失）；这个损失没有样本</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>{size} samples, seed {seed}</source>
        <translation>每批 {size} 个样本，随机种子 {seed}</translation>
    </message>
    <message>
        <source>mini-batches</source>
        <translation>小批量</translation>
    </message>
    <message>
        <source>start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>{steps} ({reason})</source>
        <translation>{steps}（{reason}）</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>final point</source>
        <translation>终点</translation>
    </message>
    <message>
        <source>final loss</source>
        <translation>最终损失</translation>
    </message>
    <message>
        <source>final |g|</source>
        <translation>最终 |g|</translation>
    </message>
    <message>
        <source>final type</source>
        <translation>终点类型</translation>
    </message>
    <message>
        <source>trajectory (step, {a}, {b}, loss):</source>
        <translation>轨迹（步、{a}、{b}、损失）：</translation>
    </message>
    <message>
        <source>{updates} updates per epoch ({samples} samples, batch {batch})</source>
        <translation>每轮 {updates} 次更新（{samples} 个样本，批量 {batch}）</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>trajectory (step, {axis}, {a}, {b}, loss):</source>
        <translation>轨迹（步、{axis}、{a}、{b}、损失）：</translation>
    </message>
    <message>
        <source>default {value}</source>
        <translation>默认 {value}</translation>
    </message>
    <message>
        <source>run it under xvfb-run (e.g. xvfb-run -a critexplorer export ...) or in a desktop session</source>
        <translation>请在 xvfb-run 下运行导出（例如 xvfb-run -a critexplorer export ...），或在桌面会话中运行</translation>
    </message>
    <message>
        <source>run it in a desktop session, set DISPLAY to a running X server, or run it under xvfb-run (e.g. xvfb-run -a critexplorer ...)</source>
        <translation>请在桌面会话中运行，或把 DISPLAY 设为正在运行的 X 服务器，或在 xvfb-run 下运行（例如 xvfb-run -a critexplorer ...）</translation>
    </message>
    <message>
        <source>QT_QPA_PLATFORM is wayland but WAYLAND_DISPLAY is not set</source>
        <translation>QT_QPA_PLATFORM 为 wayland，但未设置 WAYLAND_DISPLAY</translation>
    </message>
    <message>
        <source>there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)</source>
        <translation>没有显示器（DISPLAY 和 WAYLAND_DISPLAY 都未设置）</translation>
    </message>
    <message>
        <source>there is no X server at DISPLAY={display}</source>
        <translation>DISPLAY={display} 上没有 X 服务器</translation>
    </message>
    <message>
        <source>cannot open the window: {problem}; {hint}</source>
        <translation>无法打开窗口：{problem}；{hint}</translation>
    </message>
    <message>
        <source>--run needs OPTIMIZER:X,Y[:NAME=VALUE,...] like adam:-1,2:lr=0.1; got {text}</source>
        <translation>--run 需要 OPTIMIZER:X,Y[:NAME=VALUE,...]，例如 adam:-1,2:lr=0.1；收到的是 {text}</translation>
    </message>
    <message>
        <source>--out must end in {suffixes}; got {out}</source>
        <translation>--out 必须以 {suffixes} 结尾；收到的是 {out}</translation>
    </message>
    <message>
        <source>a {suffix} file shows optimizer runs: add at least one --run OPTIMIZER:X,Y</source>
        <translation>{suffix} 文件显示优化器的运行：请至少加一个 --run OPTIMIZER:X,Y</translation>
    </message>
    <message>
        <source>the {view} view needs OpenGL and there is no display; {hint}</source>
        <translation>{view} 视图需要 OpenGL，但没有显示器；{hint}</translation>
    </message>
    <message>
        <source>wrote {out} ({details})</source>
        <translation>已写入 {out}（{details}）</translation>
    </message>
    <message>
        <source>the {view} view needs OpenGL: {reason} {hint}</source>
        <translation>{view} 视图需要 OpenGL：{reason} {hint}</translation>
    </message>
    <message>
        <source>cannot draw the formula: {reason}</source>
        <translation>无法绘制公式：{reason}</translation>
    </message>
    <message>
        <source>it does not parse</source>
        <translation>无法解析</translation>
    </message>
    <message>
        <source>--momentum does not apply to {optimizer}; ignored</source>
        <translation>--momentum（动量）不适用于优化器 {optimizer}；已忽略</translation>
    </message>
    <message>
        <source>critexplorer: cannot open the window: {error}</source>
        <translation>critexplorer：无法打开窗口：{error}</translation>
    </message>
    <message>
        <source>give either --preset NAME or a formula, not both</source>
        <translation>请给出 --preset NAME（预设）或公式其中之一，不要同时给出</translation>
    </message>
    <message>
        <source>bad formula: {message}</source>
        <translation>公式有误：{message}</translation>
    </message>
    <message>
        <source>--step goes with --lesson NAME</source>
        <translation>--step 要与 --lesson NAME 一起使用</translation>
    </message>
    <message>
        <source>--race takes optimizer names from: {known}; got &apos;{names}&apos;</source>
        <translation>--race 接受的优化器名称：{known}；收到的是“{names}”</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>--screenshot must name a .png file; got &apos;{text}&apos;</source>
        <translation>--screenshot（截图）必须是 .png 文件；收到的是“{text}”</translation>
    </message>
    <message>
        <source>{count} steps</source>
        <translation>{count} 步</translation>
    </message>
    <message>
        <source>: {fix}</source>
        <translation>：{fix}</translation>
    </message>
    <message>
        <source>--net {network} has {parameters} parameters; full Hessians are computed up to {most}</source>
        <translation>--net {network} 有 {parameters} 个参数；完整的海森矩阵最多只对 {most} 个参数计算</translation>
    </message>
    <message>
        <source>--data: no built-in data has {inputs} inputs; give a FILE.csv</source>
        <translation>--data：没有内置数据有 {inputs} 个输入；请给出 FILE.csv 文件</translation>
    </message>
    <message>
        <source>1 sample</source>
        <translation>1 个样本</translation>
    </message>
    <message>
        <source>%n samples</source>
        <translation>%n 个样本</translation>
    </message>
    <message>
        <source>biases</source>
        <translation>有偏置</translation>
    </message>
    <message>
        <source>no biases</source>
        <translation>无偏置</translation>
    </message>
    <message>
        <source>network: {name} {activation}, {biases}, {loss}, {parameters} parameters; data: {data} ({samples})</source>
        <translation>网络：{name} {activation}，{biases}，{loss}，{parameters} 个参数；数据：{data}（{samples}）</translation>
    </message>
    <message>
        <source>runs: {done} of {asked} (seeds {first}…{last}) in {seconds} s</source>
        <translation>运行：{asked} 次中完成 {done} 次（随机种子 {first}…{last}），用时 {seconds} 秒</translation>
    </message>
    <message>
        <source>critical (|grad L| &lt;= {tolerance}): {critical} of {runs}; not critical: {other} ({flat} gradient-flat)</source>
        <translation>临界点（|grad L| &lt;= {tolerance}）：{runs} 次中 {critical} 次；非临界点：{other} 次（其中 {flat} 次梯度平坦）</translation>
    </message>
    <message>
        <source>minima (no negative eigenvalue): {minima} of the {critical} critical</source>
        <translation>最小值（无负特征值）：{critical} 个临界点中 {minima} 个</translation>
    </message>
    <message>
        <source>saddles: {percent}% of the critical runs</source>
        <translation>鞍点：占临界点运行的 {percent}%</translation>
    </message>
    <message>
        <source>minimum ratio (positive / all eigenvalues): {low} to {high}</source>
        <translation>最小值比例（正特征值 / 全部特征值）：{low} 到 {high}</translation>
    </message>
    <message>
        <source>ratio among non-zero eigenvalues: {low} to {high} (zero: |eigenvalue| &lt;= {tol} x the largest)</source>
        <translation>非零特征值中的比例：{low} 到 {high}（零：|特征值| &lt;= {tol} × 最大值）</translation>
    </message>
    <message>
        <source>  (flat directions - symmetries, saturated or dead units - have zero eigenvalues, which keep the minimum ratio below 1 even at a minimum)</source>
        <translation>  （平坦方向——对称性、饱和或失效的单元——的特征值为零，即使在最小值处也使最小值比例低于 1）</translation>
    </message>
    <message>
        <source>loss at the critical points: {low} to {high}</source>
        <translation>临界点处的损失：{low} 到 {high}</translation>
    </message>
    <message>
        <source>median loss where training stopped: {loss}; the search for grad L = 0 from there moved a median |delta theta| = {distance}</source>
        <translation>训练停止处损失的中位数：{loss}；从那里求解 grad L = 0 移动的 |delta theta| 中位数 = {distance}</translation>
    </message>
    <message>
        <source>no run reached a critical point</source>
        <translation>没有运行到达临界点</translation>
    </message>
    <message>
        <source>{option}: {problem}</source>
        <translation>{option}：{problem}</translation>
    </message>
    <message>
        <source>give one of FORMULA, --preset NAME or --slice RESULTS.json</source>
        <translation>请给出 FORMULA（公式）、--preset NAME（预设）或 --slice RESULTS.json 其中之一</translation>
    </message>
    <message>
        <source>--slice-run and --directions go with --slice RESULTS.json</source>
        <translation>--slice-run 和 --directions 要与 --slice RESULTS.json 一起使用</translation>
    </message>
</context>
<context>
    <name>CLIHelp</name>
    <message>
        <source>critexplorer [WINDOW OPTIONS] [FORMULA | FILE.critx]
       critexplorer COMMAND [OPTIONS]    (critexplorer COMMAND --help shows a command&apos;s options)</source>
        <translation>critexplorer [窗口选项] [FORMULA | FILE.critx]
       critexplorer COMMAND [选项]    （critexplorer COMMAND --help 显示该命令的选项）</translation>
    </message>
    <message>
        <source>
Explore the critical points of 2-parameter loss surfaces.

With no command, critexplorer opens the window:
  critexplorer                          the window with the lecture example
  critexplorer --preset himmelblau      the window with a built-in loss
  critexplorer &quot;x^2 - y^2&quot;              the window with your formula
  critexplorer session.critx            the window with a saved session
</source>
        <translation>
探索双参数损失曲面的临界点（critical point）。

不带命令时，critexplorer 打开窗口：
  critexplorer                          打开讲义中的例子
  critexplorer --preset himmelblau      打开内置的损失（预设）
  critexplorer &quot;x^2 - y^2&quot;              打开你的公式
  critexplorer session.critx            打开保存的会话
</translation>
    </message>
    <message>
        <source>
examples:
  critexplorer inspect &quot;(1-w1*w2)^2&quot; --at 0,0
  critexplorer inspect &quot;x^2 - y^2&quot; --at=-1.5,2 --json
  critexplorer critical --preset himmelblau --json
  critexplorer presets

Formulas use + - * / and ^ or ** for powers, pi, e and functions such as exp, log, sin, sqrt, tanh,
sigmoid, softplus, relu, maximum(a, b). Run &quot;critexplorer COMMAND --help&quot; for a command&apos;s options.
Exit status: 0 on success, 2 on bad input (with one line on stderr).
</source>
        <translation>
示例：
  critexplorer inspect &quot;(1-w1*w2)^2&quot; --at 0,0
  critexplorer inspect &quot;x^2 - y^2&quot; --at=-1.5,2 --json
  critexplorer critical --preset himmelblau --json
  critexplorer presets                  （列出预设）

公式可用 + - * /，幂用 ^ 或 **，常数 pi、e，以及 exp、log、sin、sqrt、tanh、sigmoid、softplus、relu、
maximum(a, b) 等函数。运行 &quot;critexplorer COMMAND --help&quot; 查看某个命令的选项。
退出状态：成功为 0，输入有误为 2（stderr 上有一行说明）。
</translation>
    </message>
    <message>
        <source>window options (with no COMMAND)</source>
        <translation>窗口选项（不带 COMMAND 时）</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>显示版本号并退出</translation>
    </message>
    <message>
        <source>the loss, e.g. &quot;(1-w1*w2)^2&quot;; ^ means power (quote it for the shell)</source>
        <translation>损失函数，例如 &quot;(1-w1*w2)^2&quot;；^ 表示幂（在 shell 中请加引号）</translation>
    </message>
    <message>
        <source>use a built-in loss instead of FORMULA (list them: critexplorer presets)</source>
        <translation>用内置的损失代替 FORMULA（列出预设：critexplorer presets）</translation>
    </message>
    <message>
        <source>the two variables, in order (default: detected, x before y, w1 before w2)</source>
        <translation>两个变量，按顺序（默认：自动检测，x 在 y 前，w1 在 w2 前）</translation>
    </message>
    <message>
        <source>bind an extra name in the formula to a number; repeat for more</source>
        <translation>把公式中多出的名称绑定为一个数；可重复使用</translation>
    </message>
    <message>
        <source>instead of FORMULA: the slice of a network&apos;s loss through a run of `critexplorer experiment`</source>
        <translation>代替 FORMULA：穿过 `critexplorer experiment` 中某次运行的网络损失切片</translation>
    </message>
    <message>
        <source>the run of RESULTS.json to slice through (default 0)</source>
        <translation>要切片的 RESULTS.json 中的运行（默认 0）</translation>
    </message>
    <message>
        <source>slice directions: eig-min, eig-max, eig:K, random:SEED (default eig-min,eig-max)</source>
        <translation>切片方向：eig-min、eig-max、eig:K、random:SEED（默认 eig-min,eig-max）</translation>
    </message>
    <message>
        <source>print JSON only (non-finite numbers as null)</source>
        <translation>只输出 JSON（非有限的数写作 null）</translation>
    </message>
    <message>
        <source>
examples:
  critexplorer basins --preset himmelblau --optimizer newton --grid 128 --steps 200
  critexplorer basins --preset himmelblau --optimizer saddle-free-newton --json
  critexplorer basins &quot;(1-w1*w2)^2&quot; --optimizer gd --lr 0.05 --grid 64 --png lecture-gd.png
  critexplorer basins --preset himmelblau --optimizer adam --lr 0.1 --xlim=-1,5 --ylim=-3,3

labels: row 0 is the lowest y, column 0 the lowest x; &gt;= 0 an attractor id, -1 moving, -2 diverged.
</source>
        <translation>
示例（预设、优化器和网格大小）：
  critexplorer basins --preset himmelblau --optimizer newton --grid 128 --steps 200
  critexplorer basins --preset himmelblau --optimizer saddle-free-newton --json      （无鞍点牛顿法）
  critexplorer basins &quot;(1-w1*w2)^2&quot; --optimizer gd --lr 0.05 --grid 64 --png lecture-gd.png
  critexplorer basins --preset himmelblau --optimizer adam --lr 0.1 --xlim=-1,5 --ylim=-3,3

标签：第 0 行是最小的 y，第 0 列是最小的 x；&gt;= 0 为吸引点编号，-1 为仍在移动，-2 为发散。
</translation>
    </message>
    <message>
        <source>basin map: where an optimizer ends from every cell of a grid over the window</source>
        <translation>吸引盆图：优化器从显示范围内网格的每个格子出发，最终停在哪里</translation>
    </message>
    <message>
        <source>Run the optimizer from the centre of every cell of a grid over the window, each until it settles, diverges or reaches the step limit, and label each start by the critical point (or critical curve) of the window&apos;s atlas it ended at, or as moving or diverged. Prints the fraction of starts ending at each type of point.</source>
        <translation>从显示范围内网格每个格子的中心运行优化器，直到稳定、发散或达到步数上限，并按其最终到达的临界点图谱中的临界点（或临界曲线）给每个起点加标签，或标为仍在移动、发散。输出停在各类点上的起点所占的比例。</translation>
    </message>
    <message>
        <source>N x N starts (default: {default}, at most {most})</source>
        <translation>N x N 个起点（默认：{default}，至多 {most}）</translation>
    </message>
    <message>
        <source>the step limit of each start (default: {default})</source>
        <translation>每个起点的步数上限（默认：{default}）</translation>
    </message>
    <message>
        <source>range of the first variable (default: the preset&apos;s window, else -2,2)</source>
        <translation>第一个变量的范围（默认：预设的显示范围，否则 -2,2）</translation>
    </message>
    <message>
        <source>range of the second variable (default: the preset&apos;s window, else -2,2)</source>
        <translation>第二个变量的范围（默认：预设的显示范围，否则 -2,2）</translation>
    </message>
    <message>
        <source>seed of the noise and shuffling; the start of cell i uses seed + i (default: 0)</source>
        <translation>噪声和打乱顺序的随机种子；第 i 个格子的起点使用 seed + i（默认：0）</translation>
    </message>
    <message>
        <source>also draw the map as a PNG picture</source>
        <translation>同时把吸引盆图画成 PNG 图片</translation>
    </message>
    <message>
        <source>
examples:
  critexplorer critical &quot;(x^2+y-11)^2 + (x+y^2-7)^2&quot; --xlim -6,6 --ylim -6,6
  critexplorer critical &quot;(1-w1*w2)^2&quot; --json          (the valley w1*w2 = 1 is one curve)
  critexplorer critical --preset six-hump-camel        (the preset&apos;s window)
  critexplorer critical --preset rastrigin --xlim=-1.5,1.5 --ylim=-1.5,1.5 --json
</source>
        <translation>
示例：
  critexplorer critical &quot;(x^2+y-11)^2 + (x+y^2-7)^2&quot; --xlim -6,6 --ylim -6,6
  critexplorer critical &quot;(1-w1*w2)^2&quot; --json          （谷底 w1*w2 = 1 是一条曲线）
  critexplorer critical --preset six-hump-camel        （使用预设的显示范围）
  critexplorer critical --preset rastrigin --xlim=-1.5,1.5 --ylim=-1.5,1.5 --json
</translation>
    </message>
    <message>
        <source>find every critical point and critical curve in a window</source>
        <translation>找出显示范围内的每个临界点和临界曲线</translation>
    </message>
    <message>
        <source>Find every critical point of the loss in the rectangle --xlim x --ylim, refine and classify each one, and report valleys or ridges of critical points as curves.</source>
        <translation>找出损失在矩形 --xlim x --ylim 内的每个临界点，逐一精化并分类，并把由临界点组成的谷底或山脊报告为曲线。</translation>
    </message>
    <message>
        <source>train many small networks to critical points and count their Hessians&apos; signs</source>
        <translation>把许多小型网络训练到临界点，并统计其海森矩阵特征值的正负</translation>
    </message>
    <message>
        <source>built-in data: {names}</source>
        <translation>内置数据：{names}</translation>
    </message>
    <message>
        <source>
examples:
  critexplorer experiment                                   50 runs of 1-4-1 tanh on the regression data
  critexplorer experiment --runs 100 --jobs 2 --out results.json
  critexplorer experiment --net 1-1-1 --activation linear --no-bias --data lecture --runs 10
  critexplorer experiment --net 2-3-2 --loss cross-entropy --data moons --json
  critexplorer experiment --data my.csv --net 3-5-1          (the first 3 columns are inputs)
  critexplorer experiment --scheduler tcp://127.0.0.1:8786   (a Dask cluster: pip install &apos;.[cluster]&apos;)
</source>
        <translation>
示例：
  critexplorer experiment                                   在 regression 数据上运行 1-4-1 tanh 网络 50 次
  critexplorer experiment --runs 100 --jobs 2 --out results.json
  critexplorer experiment --net 1-1-1 --activation linear --no-bias --data lecture --runs 10
  critexplorer experiment --net 2-3-2 --loss cross-entropy --data moons --json
  critexplorer experiment --data my.csv --net 3-5-1          （前 3 列是输入）
  critexplorer experiment --scheduler tcp://127.0.0.1:8786   （Dask 集群：pip install &apos;.[cluster]&apos;）
</translation>
    </message>
    <message>
        <source>Train many seeded small networks, solve grad L = 0 from where training ends (Levenberg-Marquardt, which finds saddles as readily as minima), and report every point: loss, |grad L|, whether it is critical, and all eigenvalues of the Hessian with the lecture&apos;s minimum ratio (positive / all) and Dauphin&apos;s index (negative / all).</source>
        <translation>训练许多设定了随机种子的小型网络，从训练结束处求解 grad L = 0（Levenberg–Marquardt 法，找鞍点和找最小值一样容易），并报告每个点：损失、|grad L|、是否为临界点，以及海森矩阵的全部特征值，附讲义中的最小值比例（正 / 全部）和 Dauphin 指数（负 / 全部）。</translation>
    </message>
    <message>
        <source>layer sizes (default {default})</source>
        <translation>各层大小（默认 {default}）</translation>
    </message>
    <message>
        <source>hidden activation</source>
        <translation>隐藏层激活函数</translation>
    </message>
    <message>
        <source>no biases in any layer</source>
        <translation>所有层都不用偏置</translation>
    </message>
    <message>
        <source>mse, or cross-entropy on classes</source>
        <translation>mse，或对类别用 cross-entropy（交叉熵）</translation>
    </message>
    <message>
        <source>built-in data or a CSV (default: by the inputs)</source>
        <translation>内置数据或 CSV（默认：按输入个数选择）</translation>
    </message>
    <message>
        <source>how many runs (50)</source>
        <translation>运行次数（50）</translation>
    </message>
    <message>
        <source>run k starts from seed S+k (default 0)</source>
        <translation>第 k 次运行从种子 S+k 开始（默认 0）</translation>
    </message>
    <message>
        <source>worker processes (default: every core)</source>
        <translation>工作进程数（默认：每个核心一个）</translation>
    </message>
    <message>
        <source>a dask.distributed scheduler, tcp://HOST:PORT</source>
        <translation>dask.distributed 调度器地址，tcp://HOST:PORT</translation>
    </message>
    <message>
        <source>Adam steps before the solve ({default})</source>
        <translation>求解之前的 Adam 步数（默认 {default}）</translation>
    </message>
    <message>
        <source>also write the JSON to this file</source>
        <translation>同时把 JSON 写入这个文件</translation>
    </message>
    <message>
        <source>
examples:
  critexplorer export &quot;(1-w1*w2)^2&quot; --view contour --out lecture.png --point 0,0 --critical
  critexplorer export --preset himmelblau --view contour --out himmelblau.svg --critical
  critexplorer export --preset lecture --out saddle.png --point 0,0 --caption
  critexplorer export --preset himmelblau --view contour --out race.gif --run gd:0.2,-0.3 \
      --run adam:0.2,-0.3:lr=0.1 --run newton:0.2,-0.3 --steps 60 --fps 12 --size 1280x720
  xvfb-run -a critexplorer export --preset rosenbrock --view both --out slide.png --size 3840x2160
  critexplorer export --preset himmelblau --view basins --optimizer newton --grid 128 --out newton.png
  critexplorer export &quot;x^2 - y^2&quot; --out trails.csv --run gd:1,0.01 --run momentum:1,0.01

Runs: OPTIMIZER:X,Y[:NAME=VALUE,...], e.g. adam:-1,2:lr=0.05.
</source>
        <translation>
导出示例（预设、带图注的幻灯片、竞赛动画、吸引盆网格、轨迹 CSV）：
  critexplorer export &quot;(1-w1*w2)^2&quot; --view contour --out lecture.png --point 0,0 --critical
  critexplorer export --preset himmelblau --view contour --out himmelblau.svg --critical
  critexplorer export --preset lecture --out saddle.png --point 0,0 --caption      （鞍点，带图注）
  critexplorer export --preset himmelblau --view contour --out race.gif --run gd:0.2,-0.3 \
      --run adam:0.2,-0.3:lr=0.1 --run newton:0.2,-0.3 --steps 60 --fps 12 --size 1280x720
  xvfb-run -a critexplorer export --preset rosenbrock --view both --out slide.png --size 3840x2160
  critexplorer export --preset himmelblau --view basins --optimizer newton --grid 128 --out newton.png
  critexplorer export &quot;x^2 - y^2&quot; --out trails.csv --run gd:1,0.01 --run momentum:1,0.01      （梯度下降与动量法）

运行的写法：OPTIMIZER:X,Y[:NAME=VALUE,...]（优化器:起点[:超参数]），例如 adam:-1,2:lr=0.05。
</translation>
    </message>
    <message>
        <source>formats (the suffix of --out):</source>
        <translation>格式（由 --out 的扩展名决定）：</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>不是图片</translation>
    </message>
    <message>
        <source>needs --run</source>
        <translation>需要 --run</translation>
    </message>
    <message>
        <source>{name}, {kind}: {facts}</source>
        <translation>{name}，{kind}：{facts}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} 或 {last}</translation>
    </message>
    <message>
        <source>save the views or the runs to a file ({suffixes})</source>
        <translation>把视图或运行保存为文件（{suffixes}）</translation>
    </message>
    <message>
        <source>Render the explorer&apos;s views to a file without opening a window: the contour view, the 3-D surface, both side by side, or the whole window. The contour view works with no display at all; the 3-D view needs OpenGL (a desktop or xvfb-run).</source>
        <translation>不打开窗口，把探索器的视图导出为文件：等高线视图、三维曲面、两者并排，或整个窗口。等高线视图完全不需要显示器；三维视图需要 OpenGL（桌面环境或 xvfb-run）。</translation>
    </message>
    <message>
        <source>what to draw (default: contour)</source>
        <translation>要画什么（默认：contour）</translation>
    </message>
    <message>
        <source>output file: {suffixes}</source>
        <translation>输出文件：{suffixes}</translation>
    </message>
    <message>
        <source>picture size in pixels (default: {sizes})</source>
        <translation>图片尺寸，以像素计（默认：{sizes}）</translation>
    </message>
    <message>
        <source>enlarge text and lines by S (default: 1 up to 1080p, 2 at 4K)</source>
        <translation>把文字和线条放大 S 倍（默认：1080p 及以下为 1，4K 为 2）</translation>
    </message>
    <message>
        <source>slide: white background, dark axes, larger text (default); screen: as shown</source>
        <translation>slide：白色背景、深色坐标轴、较大文字（默认）；screen：与屏幕显示相同</translation>
    </message>
    <message>
        <source>transparent background ({formats})</source>
        <translation>透明背景（{formats}）</translation>
    </message>
    <message>
        <source>a caption under the picture: TEXT, or without it the formula and the --point with its type</source>
        <translation>图片下方的图注：TEXT；不给 TEXT 时为公式以及 --point 点及其类型</translation>
    </message>
    <message>
        <source>the ‖g‖ map layer: colour by log10 of the gradient&apos;s length</source>
        <translation>‖g‖ 图层：按梯度长度的 log10 着色</translation>
    </message>
    <message>
        <source>x range (default: the preset&apos;s, else -2,2)</source>
        <translation>x 范围（默认：预设的范围，否则 -2,2）</translation>
    </message>
    <message>
        <source>y range (default: the preset&apos;s, else -2,2)</source>
        <translation>y 范围（默认：预设的范围，否则 -2,2）</translation>
    </message>
    <message>
        <source>grid points per axis (default 256)</source>
        <translation>每个坐标轴的网格点数（默认 256）</translation>
    </message>
    <message>
        <source>select this point: marker, −g and eigenvector arrows</source>
        <translation>选中这个点：标记、−g 和特征向量箭头</translation>
    </message>
    <message>
        <source>mark every critical point in view</source>
        <translation>标出视图中的每个临界点</translation>
    </message>
    <message>
        <source>add an optimizer run; repeatable</source>
        <translation>添加一次优化器运行；可重复使用</translation>
    </message>
    <message>
        <source>step limit of the runs (default {default}, at most {most}; a run stops once it settles) or of each start of a basin map (default {basin_default})</source>
        <translation>各次运行的步数上限（默认 {default}，至多 {most}；运行一旦稳定就停止），或吸引盆图每个起点的步数上限（默认 {basin_default}）</translation>
    </message>
    <message>
        <source>the basin map (--view basins; the options of critexplorer basins)</source>
        <translation>吸引盆图（--view basins；与 critexplorer basins 的选项相同）</translation>
    </message>
    <message>
        <source>seed of the noise and shuffling; cell i starts with seed + i (default: 0)</source>
        <translation>噪声和打乱顺序的随机种子；第 i 个格子从 seed + i 开始（默认：0）</translation>
    </message>
    <message>
        <source>N x N starts (default {default})</source>
        <translation>N x N 个起点（默认 {default}）</translation>
    </message>
    <message>
        <source>{help} (default {default})</source>
        <translation>{help}（默认 {default}）</translation>
    </message>
    <message>
        <source>{size} for {formats}</source>
        <translation>{formats} 为 {size}</translation>
    </message>
    <message>
        <source>
examples:
  critexplorer inspect &quot;(1-w1*w2)^2&quot; --at 0,0
  critexplorer inspect &quot;x^2 - y^2&quot; --at=-1.5,2 --json
  critexplorer inspect &quot;a*x^2 + y^2&quot; --param a=3 --at 1,-1
  critexplorer inspect --preset himmelblau --at 3,2
</source>
        <translation>
示例：
  critexplorer inspect &quot;(1-w1*w2)^2&quot; --at 0,0
  critexplorer inspect &quot;x^2 - y^2&quot; --at=-1.5,2 --json
  critexplorer inspect &quot;a*x^2 + y^2&quot; --param a=3 --at 1,-1
  critexplorer inspect --preset himmelblau --at 3,2      （内置预设）
</translation>
    </message>
    <message>
        <source>analyze one point: gradient, Hessian, eigenvalues, type, escape directions</source>
        <translation>分析一个点：梯度、海森矩阵、特征值、类型、逃离方向</translation>
    </message>
    <message>
        <source>Analyze the loss at one point: value, gradient, Hessian, its eigenvalues and unit eigenvectors, whether the point is critical and of which type, and the directions that escape a saddle.</source>
        <translation>分析损失在一个点上的情况：函数值、梯度、海森矩阵（Hessian）及其特征值和单位特征向量、该点是否为临界点及其类型，以及逃离鞍点的方向。</translation>
    </message>
    <message>
        <source>the point; negative numbers work as --at=-1.5,2 and --at -1.5,2</source>
        <translation>要分析的点；负数可写成 --at=-1.5,2 或 --at -1.5,2</translation>
    </message>
    <message>
        <source>language of the text (default: the window&apos;s last choice, else the locale); JSON never changes</source>
        <translation>文字的语言（默认：窗口上次的选择，否则按系统区域设置）；JSON 永远不变</translation>
    </message>
    <message>
        <source>
examples:
  critexplorer presets
  critexplorer presets --json
  critexplorer presets --preset rosenbrock
</source>
        <translation>
示例（列出预设）：
  critexplorer presets
  critexplorer presets --json
  critexplorer presets --preset rosenbrock
</translation>
    </message>
    <message>
        <source>list the built-in losses</source>
        <translation>列出内置的损失函数</translation>
    </message>
    <message>
        <source>List the built-in losses: name, formula, variables, view window and description. Use a name with --preset NAME in any command.</source>
        <translation>列出内置的损失函数（预设）：名称、公式、变量、显示范围和说明。在任何命令中用 --preset NAME 使用其中之一。</translation>
    </message>
    <message>
        <source>show only this preset</source>
        <translation>只显示这个预设</translation>
    </message>
    <message>
        <source>run an optimizer from a start point: trajectory, outcome label and final point</source>
        <translation>从一个起点运行优化器：轨迹、结果标签和终点</translation>
    </message>
    <message>
        <source>
examples:
  critexplorer run &quot;(1-w1*w2)^2&quot; --optimizer gd --start 0,0 --steps 50
  critexplorer run &quot;(1-w1*w2)^2&quot; --optimizer eigen-escape --start 0,0 --steps 300 --json
  critexplorer run --preset himmelblau --optimizer newton --start=-0.2,-1.9 --steps 20
  critexplorer run --preset himmelblau --optimizer adam --start -4,4 --lr 0.1 --csv trail.csv
  critexplorer run --preset chain-data --optimizer sgd --start 0.3,-0.5 --batch-size 2 --seed 7
  critexplorer run --preset chain-data --optimizer sgd --start 0.3,-0.5 --batch-size 4 --x-axis epoch --csv -
  critexplorer run &quot;x^2 + 10*y^2&quot; --optimizer gd --start 2,1 --lr 0.05 --schedule cosine:period=200

optimizers: {optimizers}
schedules:  {schedules} (NAME:key=value,... e.g. step:every=50,factor=0.5)
other hyperparameters: --hp NAME=VALUE, e.g. --hp beta2=0.99 or --hp damping=0.1
  (critexplorer run --list shows every optimizer with its hyperparameters and defaults)
</source>
        <translation>
示例（预设、轨迹 CSV、小批量）：
  critexplorer run &quot;(1-w1*w2)^2&quot; --optimizer gd --start 0,0 --steps 50
  critexplorer run &quot;(1-w1*w2)^2&quot; --optimizer eigen-escape --start 0,0 --steps 300 --json
  critexplorer run --preset himmelblau --optimizer newton --start=-0.2,-1.9 --steps 20
  critexplorer run --preset himmelblau --optimizer adam --start -4,4 --lr 0.1 --csv trail.csv
  critexplorer run --preset chain-data --optimizer sgd --start 0.3,-0.5 --batch-size 2 --seed 7
  critexplorer run --preset chain-data --optimizer sgd --start 0.3,-0.5 --batch-size 4 --x-axis epoch --csv -
  critexplorer run &quot;x^2 + 10*y^2&quot; --optimizer gd --start 2,1 --lr 0.05 --schedule cosine:period=200

优化器：{optimizers}
学习率调度：{schedules}（NAME:key=value,...，例如 step:every=50,factor=0.5）
其他超参数：--hp NAME=VALUE，例如 --hp beta2=0.99 或 --hp damping=0.1
  （critexplorer run --list 列出每个优化器及其超参数和默认值）
</translation>
    </message>
    <message>
        <source>Run an optimizer on the loss from a start point for a number of steps. Prints the trajectory (the start first), the outcome (minimum, saddle, maximum, moving or diverged) and the analysis of the final point (the same fields as inspect). On data-backed presets (chain-data, linear-regression, logistic-regression, plateau) sgd uses shuffled mini-batches; on a formula it is gradient descent with exact gradients.</source>
        <translation>从一个起点在损失上运行优化器若干步。输出轨迹（起点在前）、结果（最小值、鞍点、最大值、仍在移动或发散）以及终点的分析（字段与 inspect 相同）。在有数据的预设（chain-data、linear-regression、logistic-regression、plateau）上，sgd 使用打乱顺序的小批量；在公式上它就是用精确梯度的梯度下降。</translation>
    </message>
    <message>
        <source>the start point; negative numbers work as --start=-1,2 and --start -1,2</source>
        <translation>起点；负数可写成 --start=-1,2 或 --start -1,2</translation>
    </message>
    <message>
        <source>the step limit (default: {default}, at most {most}); a run stops earlier once it diverges or settles</source>
        <translation>步数上限（默认：{default}，至多 {most}）；运行一旦发散或稳定就会提前停止</translation>
    </message>
    <message>
        <source>mini-batch size on a data-backed preset</source>
        <translation>有数据的预设上的小批量大小</translation>
    </message>
    <message>
        <source>seed of the shuffling and noise (default: 0); same seed, same run</source>
        <translation>打乱顺序和噪声的随机种子（默认：0）；种子相同，运行就相同</translation>
    </message>
    <message>
        <source>what each trajectory row also counts: epoch (samples seen / N) or samples (seen so far), on a data-backed preset; a column after step in --csv, x_axis in --json (default: step)</source>
        <translation>轨迹每一行另外计数的量：epoch（已见样本数 / N）或 samples（迄今已见的样本数），用于有数据的预设；在 --csv 中是 step 之后的一列，在 --json 中是 x_axis（默认：step）</translation>
    </message>
    <message>
        <source>write run,optimizer,step,X,Y,loss rows to FILE (&apos;-&apos; for stdout)</source>
        <translation>把 run,optimizer,step,X,Y,loss（运行、优化器、步、X、Y、损失）各行写入 FILE（&apos;-&apos; 表示标准输出）</translation>
    </message>
    <message>
        <source>list the optimizers and their hyperparameters</source>
        <translation>列出各个优化器及其超参数</translation>
    </message>
    <message>
        <source>the optimizer (default: gd)</source>
        <translation>优化器（默认：gd）</translation>
    </message>
    <message>
        <source>learning rate (default: the optimizer&apos;s own)</source>
        <translation>学习率（默认：优化器自己的默认值）</translation>
    </message>
    <message>
        <source>momentum, for momentum and nesterov</source>
        <translation>动量，用于 momentum 和 nesterov</translation>
    </message>
    <message>
        <source>any other hyperparameter of the optimizer; repeat for more</source>
        <translation>优化器的任何其他超参数；可重复使用</translation>
    </message>
    <message>
        <source>learning-rate schedule (default: constant)</source>
        <translation>学习率调度（默认：constant）</translation>
    </message>
    <message>
        <source>
examples:
  critexplorer                                   the lecture example
  critexplorer --preset himmelblau --find-critical
  critexplorer &quot;a*x^2 - y^2&quot; --param a=2 --select=-1,0.5
  critexplorer lecture.critx                     a saved session
  critexplorer --preset himmelblau --race gd,adam,newton --start=-0.2,-1.9 --screenshot race.png
  critexplorer --slice results.json --slice-run 3 --directions eig-min,eig-max
</source>
        <translation>
示例：
  critexplorer                                   讲义中的例子
  critexplorer --preset himmelblau --find-critical           （预设，找出全部临界点）
  critexplorer &quot;a*x^2 - y^2&quot; --param a=2 --select=-1,0.5
  critexplorer lecture.critx                     保存的会话
  critexplorer --preset himmelblau --race gd,adam,newton --start=-0.2,-1.9 --screenshot race.png
                                                 （优化器竞赛，保存截图）
  critexplorer --slice results.json --slice-run 3 --directions eig-min,eig-max
</translation>
    </message>
    <message>
        <source>open the explorer window (what critexplorer does with no command)</source>
        <translation>打开探索器窗口（不带命令时 critexplorer 就这样做）</translation>
    </message>
    <message>
        <source>Open the explorer window on a formula, a preset or a .critx session. Without a command, critexplorer takes these options and opens the window.</source>
        <translation>用一个公式、一个预设或一个 .critx 会话打开探索器窗口。不带命令时，critexplorer 接受这些选项并打开窗口。</translation>
    </message>
    <message>
        <source>a formula such as &quot;(1 - w1*w2)^2&quot;, or a .critx session</source>
        <translation>公式，例如 &quot;(1 - w1*w2)^2&quot;，或 .critx 会话</translation>
    </message>
    <message>
        <source>open a preset by name (see: critexplorer presets)</source>
        <translation>按名称打开预设（参见：critexplorer presets）</translation>
    </message>
    <message>
        <source>the two variables of the formula, in order</source>
        <translation>公式的两个变量，按顺序</translation>
    </message>
    <message>
        <source>bind a parameter of the formula; repeatable</source>
        <translation>为公式的一个参数赋值；可重复使用</translation>
    </message>
    <message>
        <source>x range of the window</source>
        <translation>显示范围的 x 范围</translation>
    </message>
    <message>
        <source>y range of the window</source>
        <translation>显示范围的 y 范围</translation>
    </message>
    <message>
        <source>grid points per axis ({low}-{high})</source>
        <translation>每个坐标轴的网格点数（{low}-{high}）</translation>
    </message>
    <message>
        <source>select this point at start</source>
        <translation>启动时选中这个点</translation>
    </message>
    <message>
        <source>find every critical point at start</source>
        <translation>启动时找出每个临界点</translation>
    </message>
    <message>
        <source>show the second-order Taylor overlay</source>
        <translation>显示二阶泰勒展开叠加层</translation>
    </message>
    <message>
        <source>show the curvature map layer</source>
        <translation>显示曲率图层</translation>
    </message>
    <message>
        <source>log(1 + L − min L) surface and contour levels</source>
        <translation>曲面和等高线使用 log(1 + L − min L)</translation>
    </message>
    <message>
        <source>show the ‖g‖ map layer (colour by log10 of the gradient&apos;s length)</source>
        <translation>显示 ‖g‖ 图层（按梯度长度的 log10 着色）</translation>
    </message>
    <message>
        <source>optimizer runs to add at start, comma-separated (e.g. gd,adam,newton); they run to the end before a --screenshot</source>
        <translation>启动时要添加的优化器运行，用逗号分隔（例如 gd,adam,newton）；在 --screenshot 截图之前会运行到底</translation>
    </message>
    <message>
        <source>what the run plots count: step, epoch or samples seen (data-backed presets)</source>
        <translation>运行曲线图的横轴：步数（step）、轮次（epoch）或已见样本数（samples，有数据的预设）</translation>
    </message>
    <message>
        <source>start point of the optimizer runs</source>
        <translation>优化器运行的起点</translation>
    </message>
    <message>
        <source>step limit of the optimizer runs (at most {most})</source>
        <translation>优化器运行的步数上限（至多 {most}）</translation>
    </message>
    <message>
        <source>open a lesson (see: critexplorer lessons) or a lesson file</source>
        <translation>打开一个课程（见 critexplorer lessons）或课程文件</translation>
    </message>
    <message>
        <source>with --lesson: open it at step K (from 1)</source>
        <translation>与 --lesson 一起使用：从第 K 步打开（从 1 开始）</translation>
    </message>
    <message>
        <source>save a PNG of the whole window and exit</source>
        <translation>保存整个窗口的 PNG 截图后退出</translation>
    </message>
    <message>
        <source>window size, e.g. 1400x900</source>
        <translation>窗口大小，例如 1400x900</translation>
    </message>
    <message>
        <source>presenter mode: full screen, large text (with --screenshot: at --size)</source>
        <translation>演示模式：全屏、大号文字（配合 --screenshot 截图时按 --size 大小）</translation>
    </message>
</context>
<context>
    <name>Caption</name>
    <message>
        <source>  ({values})</source>
        <translation>（{values}）</translation>
    </message>
    <message>
        <source>   ·   θ = {point}, L = {value}: {kind}</source>
        <translation>   ·   θ = {point}，L = {value}：{kind}</translation>
    </message>
    <message>
        <source>the caption must be at most {limit} characters, got {length}</source>
        <translation>图注最多 {limit} 个字符，收到的是 {length} 个</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>Local minimum</source>
        <translation>局部最小值</translation>
    </message>
    <message>
        <source>Local maximum</source>
        <translation>局部最大值</translation>
    </message>
    <message>
        <source>Saddle point</source>
        <translation>鞍点</translation>
    </message>
    <message>
        <source>Not critical</source>
        <translation>非临界点</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>无法判定</translation>
    </message>
    <message>
        <source>{title} (degenerate)</source>
        <translation>{title}（退化）</translation>
    </message>
    <message>
        <source>L or its derivatives are not finite here, so no test applies.</source>
        <translation>L 或其导数在此处不是有限值，因此任何判别法都不适用。</translation>
    </message>
    <message>
        <source>‖g‖ = {norm} ≠ 0, so θ is not a critical point: L falls fastest along −g = {descent}, by about ‖g‖·t = {norm}·t for a small step t.</source>
        <translation>‖g‖ = {norm} ≠ 0，所以 θ 不是临界点：L 沿 −g = {descent} 下降最快，走一小步 t 约下降 ‖g‖·t = {norm}·t。</translation>
    </message>
    <message>
        <source>the higher-order test could not decide</source>
        <translation>高阶检验也无法判定</translation>
    </message>
    <message>
        <source>g = 0 but {zero} ≈ 0 (λ₁ = {l1}, λ₂ = {l2}), so the Hessian test is silent; {detail}.</source>
        <translation>g = 0，但 {zero} ≈ 0（λ₁ = {l1}，λ₂ = {l2}），所以海森矩阵判别法失效；{detail}。</translation>
    </message>
    <message>
        <source>g = 0 and λ₁ = {l1} &lt; 0 &lt; λ₂ = {l2}, so this is a saddle: moving along u₁ = {u1} lowers L by about ½·{down}·t², moving along u₂ = {u2} raises it by about ½·{up}·t².</source>
        <translation>g = 0 且 λ₁ = {l1} &lt; 0 &lt; λ₂ = {l2}，所以这是鞍点：沿 u₁ = {u1} 移动，L 约减少 ½·{down}·t²；沿 u₂ = {u2} 移动，L 约增加 ½·{up}·t²。</translation>
    </message>
    <message>
        <source>g = 0 and 0 &lt; λ₁ = {l1} ≤ λ₂ = {l2}: H is positive definite, so this is a local minimum; every step t raises L by at least ½·{l1}·t² (least along u₁ = {u1}).</source>
        <translation>g = 0 且 0 &lt; λ₁ = {l1} ≤ λ₂ = {l2}：H 正定，所以这是局部最小值；任何一步 t 都使 L 至少增加 ½·{l1}·t²（沿 u₁ = {u1} 增加最少）。</translation>
    </message>
    <message>
        <source>g = 0 and λ₁ = {l1} ≤ λ₂ = {l2} &lt; 0: H is negative definite, so this is a local maximum; every step t lowers L by at least ½·{down}·t² (least along u₂ = {u2}).</source>
        <translation>g = 0 且 λ₁ = {l1} ≤ λ₂ = {l2} &lt; 0：H 负定，所以这是局部最大值；任何一步 t 都使 L 至少减少 ½·{down}·t²（沿 u₂ = {u2} 减少最少）。</translation>
    </message>
    <message>
        <source>the tests could not decide what kind of point this is.</source>
        <translation>各项检验都无法判定这是哪一类点。</translation>
    </message>
    <message>
        <source>classification: {title}</source>
        <translation>类型：{title}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>理由：{reason}</translation>
    </message>
    <message>
        <source>Stepped t = {t} along u = {u} (λ = {eigenvalue}) to {end}: L went from {before} to {after} (ΔL = {change}); the model ½·λ·t² predicts {predicted}.</source>
        <translation>沿 u = {u}（特征值 λ = {eigenvalue}）走了 t = {t}，到达 {end}：L 从 {before} 变为 {after}（ΔL = {change}）；二次模型 ½·λ·t² 的预测为 {predicted}。</translation>
    </message>
</context>
<context>
    <name>ContourView</name>
    <message>
        <source>‖g‖ (log₁₀)</source>
        <translation>‖g‖ (对数 log₁₀)</translation>
    </message>
    <message>
        <source>Left click or drag: select a point · Ctrl+click: optimizer start · Shift+drag or middle drag: pan · wheel: zoom · right click: view menu</source>
        <translation>左键单击或拖动：选择点 · Ctrl+单击：优化器起点 · Shift+拖动或中键拖动：平移 · 滚轮：缩放 · 右键：视图菜单</translation>
    </message>
    <message>
        <source>Curvature map:</source>
        <translation>曲率图：</translation>
    </message>
</context>
<context>
    <name>CriticalTable</name>
    <message>
        <source>{glyph} {type} curve</source>
        <translation>{glyph} {type}曲线</translation>
    </message>
    <message>
        <source>Find critical points</source>
        <translation>寻找临界点</translation>
    </message>
    <message>
        <source>Find every critical point and critical curve in the window (F5)</source>
        <translation>寻找显示范围内的所有临界点和临界曲线（F5）</translation>
    </message>
    <message>
        <source>Show one type of critical point only</source>
        <translation>只显示一种类型的临界点</translation>
    </message>
    <message>
        <source>Click a column title to sort by it; click again to reverse</source>
        <translation>点击列标题按该列排序；再次点击则反向排序</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Press “Find critical points” (F5) to list every critical point in view.</source>
        <translation>按“寻找临界点”（F5）列出视图中的所有临界点。</translation>
    </message>
    <message>
        <source>{message}.</source>
        <translation>{message}。</translation>
    </message>
    <message>
        <source>%n critical point</source>
        <translation>%n 个临界点</translation>
    </message>
    <message>
        <source>%n critical points</source>
        <translation>%n 个临界点</translation>
    </message>
    <message>
        <source>%n critical curve</source>
        <translation>%n 条临界曲线</translation>
    </message>
    <message>
        <source>%n critical curves</source>
        <translation>%n 条临界曲线</translation>
    </message>
    <message>
        <source>{points} and {curves} in view. Click a row to select it, a column title to sort.</source>
        <translation>视图中有 {points}和 {curves}。点击一行选中该点，点击列标题排序。</translation>
    </message>
    <message>
        <source>{points} in view. Click a row to select it, a column title to sort.</source>
        <translation>视图中有 {points}。点击一行选中该点，点击列标题排序。</translation>
    </message>
</context>
<context>
    <name>ExplorerModel</name>
    <message>
        <source>L = {formula} on [{x0}, {x1}] × [{y0}, {y1}]</source>
        <translation>L = {formula}，范围 [{x0}, {x1}] × [{y0}, {y1}]</translation>
    </message>
    <message>
        <source>Cancelled: the slice is shown as before</source>
        <translation>已取消：切片保持原样显示</translation>
    </message>
    <message>
        <source>Undone: {state}</source>
        <translation>已撤销：{state}</translation>
    </message>
    <message>
        <source>Redone: {state}</source>
        <translation>已重做：{state}</translation>
    </message>
    <message>
        <source>Snapped to the {kind} at {a} = {x}, {b} = {y}</source>
        <translation>已吸附到 {a} = {x}，{b} = {y} 处的{kind}</translation>
    </message>
    <message>
        <source>Critical-point search cancelled</source>
        <translation>已取消临界点搜索</translation>
    </message>
    <message>
        <source>No escape: the selected point has no direction of negative curvature</source>
        <translation>无法逃离：所选点没有负曲率方向</translation>
    </message>
    <message>
        <source>Found 1 critical point</source>
        <translation>找到 1 个临界点</translation>
    </message>
    <message>
        <source>Found %n critical points</source>
        <translation>找到 %n 个临界点</translation>
    </message>
    <message>
        <source>{found} and 1 critical curve</source>
        <translation>{found}和 1 条临界曲线</translation>
    </message>
    <message>
        <source>{found} and %n critical curves</source>
        <translation>{found}和 %n 条临界曲线</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>at least {low} and at most {high}{unit}</source>
        <translation>至少 {low}、至多 {high}{unit}</translation>
    </message>
    <message>
        <source>above {low} and at most {high}{unit}</source>
        <translation>大于 {low}、至多 {high}{unit}</translation>
    </message>
    <message>
        <source>the {label} must be a whole number {range}, got {value}</source>
        <translation>{label}必须是整数，{range}；收到的是 {value}</translation>
    </message>
    <message>
        <source>the {label} must be {range}, got {value}</source>
        <translation>{label}必须{range}；收到的是 {value}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>{suffix} is {kind} for {drawn}; use {others} for {view}</source>
        <translation>{suffix} 是用于{drawn}的{kind}；{view}请用 {others}</translation>
    </message>
    <message>
        <source>another format</source>
        <translation>其他格式</translation>
    </message>
    <message>
        <source>a {name} is at most {width}x{height} pixels, got {got}</source>
        <translation>{name} 最大为 {width}x{height} 像素，收到的是 {got}</translation>
    </message>
    <message>
        <source>{kind} shows optimizer runs: add at least one run (e.g. --run gd:0.5,1)</source>
        <translation>{kind}显示的是优化器的运行：请至少添加一次运行（例如 --run gd:0.5,1）</translation>
    </message>
    <message>
        <source>{count} run(s)</source>
        <translation>{count} 次运行</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first}和{last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>cannot export to {suffix} ({name}); use one of {known}</source>
        <translation>无法导出为 {suffix}（{name}）；请使用以下之一：{known}</translation>
    </message>
    <message>
        <source>no suffix</source>
        <translation>无扩展名</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>第 {step} 步</translation>
    </message>
    <message>
        <source>an animation</source>
        <translation>动画格式</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>gif frame rate</source>
        <translation>GIF 帧率</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> 帧/秒</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <source>at most this many gif frames, evenly spaced over the steps</source>
        <translation>GIF 最多这么多帧，在各步之间均匀取样</translation>
    </message>
    <message>
        <source>a {size} GIF of {frames} frames is too large: at most {most} frames at that size (width × height × frames at most {cap}, e.g. 1280x720 with {example} frames); choose fewer frames or a smaller size</source>
        <translation>{size} 的 GIF 共 {frames} 帧，太大了：这个尺寸最多 {most} 帧（宽 × 高 × 帧数至多 {cap}，例如 1280x720 配 {example} 帧）；请减少帧数或缩小尺寸</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>图片格式</translation>
    </message>
    <message>
        <source>the picture came out blank; nothing was written</source>
        <translation>生成的图片是空白的；没有写入任何文件</translation>
    </message>
    <message>
        <source>a table of the runs&apos; steps</source>
        <translation>各次运行逐步的表格</translation>
    </message>
    <message>
        <source>{rows} rows from {count} run(s)</source>
        <translation>{rows} 行，来自 {count} 次运行</translation>
    </message>
    <message>
        <source>a vector format</source>
        <translation>矢量格式</translation>
    </message>
    <message>
        <source>Contour view</source>
        <translation>等高线视图</translation>
    </message>
    <message>
        <source>3-D view</source>
        <translation>三维视图</translation>
    </message>
    <message>
        <source>Both, side by side</source>
        <translation>两者并排</translation>
    </message>
    <message>
        <source>Whole window</source>
        <translation>整个窗口</translation>
    </message>
    <message>
        <source>Basin map (contour view)</source>
        <translation>吸引盆图（等高线视图）</translation>
    </message>
    <message>
        <source>the contour view</source>
        <translation>等高线视图</translation>
    </message>
    <message>
        <source>the 3-D view</source>
        <translation>三维视图</translation>
    </message>
    <message>
        <source>both views side by side</source>
        <translation>并排的两个视图</translation>
    </message>
    <message>
        <source>the whole window</source>
        <translation>整个窗口</translation>
    </message>
    <message>
        <source>the basin map on the contour view</source>
        <translation>等高线视图上的吸引盆图</translation>
    </message>
    <message>
        <source>the 3-D view needs OpenGL, and none is available here; {hint}</source>
        <translation>三维视图需要 OpenGL，但这里没有可用的 OpenGL；{hint}</translation>
    </message>
    <message>
        <source>run it under a display, e.g. xvfb-run -a critexplorer export ...</source>
        <translation>请在有显示器的环境中运行导出，例如 xvfb-run -a critexplorer export ...</translation>
    </message>
    <message>
        <source>unknown view {view}; choose {views}</source>
        <translation>未知的视图 {view}；请选择 {views}</translation>
    </message>
    <message>
        <source>the basins view needs a basin map (critexplorer export --view basins makes one)</source>
        <translation>吸引盆视图需要一张吸引盆图（critexplorer export --view basins 会生成导出用的图）</translation>
    </message>
    <message>
        <source>unknown theme {theme}; choose {themes}</source>
        <translation>未知的主题 {theme}；请选择 {themes}</translation>
    </message>
    <message>
        <source>the size must be {low} to {high} pixels per side, got {size}</source>
        <translation>尺寸每边必须为 {low} 到 {high} 像素，收到的是 {size}</translation>
    </message>
    <message>
        <source>the scale must be between {low} and {high}, got {scale}</source>
        <translation>缩放倍数必须在 {low} 和 {high} 之间，收到的是 {scale}</translation>
    </message>
    <message>
        <source>a {size} picture has no room for its caption; make it taller</source>
        <translation>{size} 的图片放不下图注；请把图片加高</translation>
    </message>
    <message>
        <source>Qt could not encode the picture as {format}</source>
        <translation>Qt 无法把图片编码为 {format}</translation>
    </message>
    <message>
        <source>there is nothing to export yet: apply a formula first</source>
        <translation>还没有可导出的内容：请先应用一个公式</translation>
    </message>
    <message>
        <source>the 3-D view rendered an empty picture (no working OpenGL); {hint}</source>
        <translation>三维视图渲染出的图片是空的（OpenGL 无法工作）；{hint}</translation>
    </message>
    <message>
        <source>there is no window to export</source>
        <translation>没有可导出的窗口</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Cannot copy the image: {reason}</source>
        <translation>无法复制图片：{reason}</translation>
    </message>
    <message>
        <source>Copied a {width}×{height} picture of the {view}</source>
        <translation>已复制{view}的 {width}×{height} 图片</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>Enlarges text and lines; the picture keeps its pixel size</source>
        <translation>放大文字和线条；图片的像素尺寸不变</translation>
    </message>
    <message>
        <source>Slide: white background, dark axes, larger text</source>
        <translation>幻灯片：白色背景、深色坐标轴、较大的文字</translation>
    </message>
    <message>
        <source>As on screen</source>
        <translation>与屏幕上相同</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>透明背景</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>图注</translation>
    </message>
    <message>
        <source>A line of text under the picture: the formula and the selected point</source>
        <translation>图片下方的一行文字：公式和选中的点</translation>
    </message>
    <message>
        <source>The caption&apos;s text (filled in from what is shown; edit it freely)</source>
        <translation>图注的文字（按当前显示的内容填好；可随意修改）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Copied a {width}×{height} picture</source>
        <translation>已复制 {width}×{height} 的图片</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>没有那个文件或目录</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>不允许的操作</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>是一个目录</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>不是目录</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>设备上没有剩余空间</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>只读文件系统</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>超出磁盘配额</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>符号链接层数过多</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe or a device); only files are read</source>
        <translation>这不是普通文件（而是管道或设备）；只读取文件</translation>
    </message>
    <message>
        <source>it is larger than {limit} MB</source>
        <translation>超过 {limit} MB</translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <source>; type pi</source>
        <translation>；请输入 pi</translation>
    </message>
    <message>
        <source>; type - for minus</source>
        <translation>；减号请输入 -</translation>
    </message>
    <message>
        <source>; type * for times</source>
        <translation>；乘号请输入 *</translation>
    </message>
    <message>
        <source>; type 0.5 or 1/2</source>
        <translation>；请输入 0.5 或 1/2</translation>
    </message>
    <message>
        <source>attribute access (&apos;.&apos;) is not allowed</source>
        <translation>不允许访问属性（“.”）</translation>
    </message>
    <message>
        <source>indexing with [] is not allowed</source>
        <translation>不允许用 [] 取下标</translation>
    </message>
    <message>
        <source>only numbers are allowed here</source>
        <translation>这里只允许数字</translation>
    </message>
    <message>
        <source>lambda is not allowed</source>
        <translation>不允许使用 lambda</translation>
    </message>
    <message>
        <source>comprehensions are not allowed</source>
        <translation>不允许使用推导式</translation>
    </message>
    <message>
        <source>comparisons are not allowed; a loss is a number</source>
        <translation>不允许比较运算；损失是一个数</translation>
    </message>
    <message>
        <source>&apos;and&apos;/&apos;or&apos; are not allowed</source>
        <translation>不允许使用“and”/“or”</translation>
    </message>
    <message>
        <source>&apos;if ... else&apos; is not allowed; use maximum(a, b) or relu(x)</source>
        <translation>不允许使用“if ... else”；请用 maximum(a, b) 或 relu(x)</translation>
    </message>
    <message>
        <source>assignment is not allowed</source>
        <translation>不允许赋值</translation>
    </message>
    <message>
        <source>a loss is one expression, not a tuple</source>
        <translation>损失是一个表达式，不是元组</translation>
    </message>
    <message>
        <source>lists are not allowed</source>
        <translation>不允许使用列表</translation>
    </message>
    <message>
        <source>dictionaries are not allowed</source>
        <translation>不允许使用字典</translation>
    </message>
    <message>
        <source>sets are not allowed</source>
        <translation>不允许使用集合</translation>
    </message>
    <message>
        <source>&apos;*&apos; unpacking is not allowed</source>
        <translation>不允许用“*”解包</translation>
    </message>
    <message>
        <source>strings are not allowed</source>
        <translation>不允许使用字符串</translation>
    </message>
    <message>
        <source>&apos;await&apos; is not allowed</source>
        <translation>不允许使用“await”</translation>
    </message>
    <message>
        <source>&apos;yield&apos; is not allowed</source>
        <translation>不允许使用“yield”</translation>
    </message>
    <message>
        <source>slices are not allowed</source>
        <translation>不允许使用切片</translation>
    </message>
    <message>
        <source>operator &apos;{symbol}&apos; is not supported; use + - * / ** or ^</source>
        <translation>不支持运算符“{symbol}”；请用 + - * / ** 或 ^</translation>
    </message>
    <message>
        <source>only unary + and - are allowed</source>
        <translation>一元运算符只允许 + 和 -</translation>
    </message>
    <message>
        <source>strings are not allowed; only numbers</source>
        <translation>不允许使用字符串，只能用数字</translation>
    </message>
    <message>
        <source>{value} is not a number; a formula uses only real numbers</source>
        <translation>{value} 不是数字；公式只使用实数</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not allowed in a formula</source>
        <translation>公式中不允许使用“{kind}”</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a function; call it like {name}(x)</source>
        <translation>“{name}”是函数；请像 {name}(x) 这样调用</translation>
    </message>
    <message>
        <source>name &apos;{name}&apos; is not allowed</source>
        <translation>不允许使用名称“{name}”</translation>
    </message>
    <message>
        <source>only the listed functions can be called, by name</source>
        <translation>只能按名称调用列出的函数</translation>
    </message>
    <message>
        <source>{name}() takes no keyword arguments</source>
        <translation>{name}() 不接受关键字参数</translation>
    </message>
    <message>
        <source>unknown function &apos;{name}&apos;; known functions: {known}</source>
        <translation>未知函数“{name}”；可用的函数：{known}</translation>
    </message>
    <message>
        <source>{name}() takes 1 argument, got {count}</source>
        <translation>{name}() 需要 1 个参数，收到 {count} 个</translation>
    </message>
    <message>
        <source>{name}() takes {arity} arguments, got {count}</source>
        <translation>{name}() 需要 {arity} 个参数，收到 {count} 个</translation>
    </message>
    <message>
        <source>formula is too complex (more than {limit} parts)</source>
        <translation>公式太复杂（超过 {limit} 个部分）</translation>
    </message>
    <message>
        <source>formula is nested too deeply (more than {limit} levels)</source>
        <translation>公式嵌套太深（超过 {limit} 层）</translation>
    </message>
    <message>
        <source>a formula must be text</source>
        <translation>公式必须是文本</translation>
    </message>
    <message>
        <source>formula is too long ({length} characters; the limit is {limit})</source>
        <translation>公式太长（{length} 个字符；上限为 {limit}）</translation>
    </message>
    <message>
        <source>formula contains a NUL character</source>
        <translation>公式中含有 NUL 字符</translation>
    </message>
    <message>
        <source>character {char} (U+{code}) is not allowed; formulas use plain ASCII{hint}</source>
        <translation>不允许使用字符 {char}（U+{code}）；公式只能使用普通 ASCII 字符{hint}</translation>
    </message>
    <message>
        <source>&apos;#&apos; is not allowed; a formula has no comments</source>
        <translation>不允许使用“#”；公式中不能写注释</translation>
    </message>
    <message>
        <source>formula is empty; type a loss such as (1 - w1*w2)^2</source>
        <translation>公式为空；请输入一个损失函数，例如 (1 - w1*w2)^2</translation>
    </message>
    <message>
        <source>invalid syntax</source>
        <translation>语法错误</translation>
    </message>
    <message>
        <source>; &apos;=&apos; is not allowed</source>
        <translation>；不允许使用“=”</translation>
    </message>
    <message>
        <source>&apos;|&apos; is not an operator here</source>
        <translation>“|”在这里不是运算符</translation>
    </message>
    <message>
        <source>nothing follows &apos;{operator}&apos;</source>
        <translation>“{operator}”后面什么也没有</translation>
    </message>
    <message>
        <source>; write multiplication explicitly, as 2*x</source>
        <translation>；乘法请明确写出，例如 2*x</translation>
    </message>
    <message>
        <source>cannot read the formula: {detail}{hint}</source>
        <translation>无法读取公式：{detail}{hint}</translation>
    </message>
    <message>
        <source>formula is nested too deeply</source>
        <translation>公式嵌套太深</translation>
    </message>
    <message>
        <source>&apos;{bracket}&apos; is never closed</source>
        <translation>“{bracket}”没有闭合</translation>
    </message>
    <message>
        <source>&apos;{bracket}&apos; closes no open bracket</source>
        <translation>“{bracket}”没有对应的左括号</translation>
    </message>
    <message>
        <source>&apos;{closing}&apos; does not close &apos;{opening}&apos;</source>
        <translation>“{closing}”与“{opening}”不匹配</translation>
    </message>
    <message>
        <source>a number runs into a name</source>
        <translation>数字后面紧跟着名称</translation>
    </message>
    <message>
        <source>a whole number cannot start with 0 (write 12, not 012)</source>
        <translation>整数不能以 0 开头（写 12，不要写 012）</translation>
    </message>
    <message>
        <source>&apos;\&apos; is not allowed</source>
        <translation>不允许使用“\”</translation>
    </message>
    <message>
        <source>infinite</source>
        <translation>为无穷大</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>this formula is the constant {value}, {what} (a division by zero or an overflow), so the loss is undefined everywhere</source>
        <translation>这个公式是常数 {value}，{what}（除以零或溢出），因此损失处处无定义</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be a parameter name</source>
        <translation>“{name}”不能作为参数名</translation>
    </message>
    <message>
        <source>parameter {name} must be a finite number, got {value}</source>
        <translation>参数 {name} 必须是有限的数字，收到的是 {value}</translation>
    </message>
    <message>
        <source>the variables need two different names, like x,y; got {names}</source>
        <translation>两个变量需要不同的名称，例如 x,y；收到的是 {names}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a function or constant, not a variable name</source>
        <translation>“{name}”是函数或常数，不能作为变量名</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is both a variable and a parameter</source>
        <translation>“{name}”既是变量又是参数</translation>
    </message>
    <message>
        <source>unknown name {names}</source>
        <translation>未知名称 {names}</translation>
    </message>
    <message>
        <source>unknown names {names}</source>
        <translation>未知名称 {names}</translation>
    </message>
    <message>
        <source>a loss here has two variables, but this one has {count}: {names}</source>
        <translation>这里的损失函数只能有两个变量，但这个公式有 {count} 个：{names}</translation>
    </message>
    <message>
        <source>use abs(x) for |x|</source>
        <translation>|x| 请写作 abs(x)</translation>
    </message>
</context>
<context>
    <name>FormulaBar</name>
    <message>
        <source>Type a loss, e.g. (1 - w1*w2)^2, and press Enter</source>
        <translation>输入损失函数，例如 (1 - w1*w2)^2，然后按 Enter</translation>
    </message>
    <message>
        <source>The loss L. Enter applies it; the drop-down lists presets and your history. ^ means power.</source>
        <translation>损失 L。按 Enter 应用；下拉列表列出预设和你的历史记录。^ 表示乘方。</translation>
    </message>
    <message>
        <source>parameters, e.g. a=2, b=1</source>
        <translation>参数，例如 a=2, b=1</translation>
    </message>
    <message>
        <source>Values for the extra names in the formula, as NAME=VALUE, separated by commas. Enter applies.</source>
        <translation>公式中其他名称的值，写作 NAME=VALUE，以逗号分隔。按 Enter 应用。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Apply the formula and parameters (Enter)</source>
        <translation>应用公式和参数（Enter）</translation>
    </message>
    <message>
        <source>Give the extra names the value 1 in the parameters box, with a slider each</source>
        <translation>在参数框中把这些额外的名称设为 1，并各配一个滑块</translation>
    </message>
    <message>
        <source>column {column}: {message}</source>
        <translation>第 {column} 列：{message}</translation>
    </message>
    <message>
        <source>Bind {names} as parameters</source>
        <translation>将 {names} 设为参数</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>课程讲义</translation>
    </message>
    <message>
        <source>Textbook shapes</source>
        <translation>教科书中的形状</translation>
    </message>
    <message>
        <source>Test functions</source>
        <translation>测试函数</translation>
    </message>
    <message>
        <source>Data-backed</source>
        <translation>基于数据</translation>
    </message>
    <message>
        <source>parameters are written NAME=VALUE, separated by commas; cannot read &apos;{piece}&apos;</source>
        <translation>参数写作 NAME=VALUE，以逗号分隔；无法读取“{piece}”</translation>
    </message>
    <message>
        <source>parameter {name} needs a number, got &apos;{value}&apos;</source>
        <translation>参数 {name} 需要一个数，得到的是“{value}”</translation>
    </message>
    <message>
        <source>parameter {name} needs a finite number, got &apos;{value}&apos;</source>
        <translation>参数 {name} 需要一个有限的数，得到的是“{value}”</translation>
    </message>
    <message>
        <source>{message} (parameters such as a=2 go in the parameters box)</source>
        <translation>{message}（a=2 这样的参数请填在参数框中）</translation>
    </message>
    <message>
        <source>{message}: give it a value in the parameters box, e.g. {name}=1</source>
        <translation>{message}：请在参数框中给它赋值，例如 {name}=1</translation>
    </message>
    <message>
        <source>{message}: give them a value in the parameters box, e.g. {name}=1</source>
        <translation>{message}：请在参数框中给它们赋值，例如 {name}=1</translation>
    </message>
    <message>
        <source>{message}. Give it a value in the parameters box, e.g. {name}=1</source>
        <translation>{message}。请在参数框中给它赋值，例如 {name}=1</translation>
    </message>
    <message>
        <source>{message}. Give them a value in the parameters box, e.g. {name}=1</source>
        <translation>{message}。请在参数框中给它们赋值，例如 {name}=1</translation>
    </message>
    <message>
        <source>missing term after {operator}</source>
        <translation>{operator} 后面缺少一项</translation>
    </message>
</context>
<context>
    <name>GLSupport</name>
    <message>
        <source>no Qt application is running</source>
        <translation>没有正在运行的 Qt 应用程序</translation>
    </message>
    <message>
        <source>the Qt platform &apos;{platform}&apos; has no OpenGL. Run under a desktop session or Xvfb (xvfb-run) to see the 3-D surface.</source>
        <translation>Qt 平台“{platform}”没有 OpenGL。请在桌面会话或 Xvfb（xvfb-run）下运行以查看三维曲面。</translation>
    </message>
    <message>
        <source>no OpenGL context could be created (missing or broken GL drivers). Install Mesa (libgl1, libegl1) or update the drivers.</source>
        <translation>无法创建 OpenGL 上下文（GL 驱动缺失或损坏）。请安装 Mesa（libgl1、libegl1）或更新驱动。</translation>
    </message>
    <message>
        <source>an OpenGL context exists but cannot draw on this display.</source>
        <translation>OpenGL 上下文存在，但无法在此显示器上绘图。</translation>
    </message>
    <message>
        <source>OpenGL {version} is too old; the 3-D view needs OpenGL 2.0 or later.</source>
        <translation>OpenGL {version} 太旧；三维视图需要 OpenGL 2.0 或更高版本。</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>critexplorer user guide</source>
        <translation>critexplorer 用户指南</translation>
    </message>
</context>
<context>
    <name>HigherOrder</name>
    <message>
        <source>the loss is not finite near this point</source>
        <translation>损失在此点附近不是有限值</translation>
    </message>
    <message>
        <source>the Hessian is singular; along its null direction the loss moves below L(θ) at distance {r}, so this is a saddle</source>
        <translation>海森矩阵奇异；沿其零空间方向，在距离 {r} 处损失低于 L(θ)，所以这是鞍点</translation>
    </message>
    <message>
        <source>the Hessian is singular; along its null direction the loss moves above L(θ) at distance {r}, so this is a saddle</source>
        <translation>海森矩阵奇异；沿其零空间方向，在距离 {r} 处损失高于 L(θ)，所以这是鞍点</translation>
    </message>
    <message>
        <source>the Hessian is singular; the higher-order test at distance {r} finds L rising in every direction, so this is a minimum</source>
        <translation>海森矩阵奇异；在距离 {r} 处的高阶检验发现 L 朝每个方向都上升，所以这是局部最小值</translation>
    </message>
    <message>
        <source>the Hessian is singular; the higher-order test at distance {r} finds L falling in every direction, so this is a maximum</source>
        <translation>海森矩阵奇异；在距离 {r} 处的高阶检验发现 L 朝每个方向都下降，所以这是局部最大值</translation>
    </message>
    <message>
        <source>the Hessian is singular and L stays constant along the null direction (to machine precision): a valley floor of critical points, a non-strict minimum</source>
        <translation>海森矩阵奇异，且 L 沿零空间方向保持不变（在机器精度内）：这是由临界点组成的谷底，一个非严格的局部最小值</translation>
    </message>
    <message>
        <source>the Hessian is singular and L stays constant along the null direction (to machine precision): a ridge of critical points, a non-strict maximum</source>
        <translation>海森矩阵奇异，且 L 沿零空间方向保持不变（在机器精度内）：这是由临界点组成的山脊，一个非严格的局部最大值</translation>
    </message>
    <message>
        <source>the Hessian is zero; on a circle of radius {r} the loss goes both above and below L(θ), so this is a saddle</source>
        <translation>海森矩阵为零；在半径 {r} 的圆上，损失既有高于也有低于 L(θ) 之处，所以这是鞍点</translation>
    </message>
    <message>
        <source>the Hessian is zero; on circles of radius {r} and a little larger the loss is never below L(θ), so this is a minimum</source>
        <translation>海森矩阵为零；在半径 {r} 及稍大的圆上，损失从不低于 L(θ)，所以这是局部最小值</translation>
    </message>
    <message>
        <source>the Hessian is zero; on circles of radius {r} and a little larger the loss is never above L(θ), so this is a maximum</source>
        <translation>海森矩阵为零；在半径 {r} 及稍大的圆上，损失从不高于 L(θ)，所以这是局部最大值</translation>
    </message>
    <message>
        <source>the loss is flat around this point to machine precision</source>
        <translation>在机器精度内，损失在此点周围是平坦的</translation>
    </message>
    <message>
        <source>L or its derivatives are not finite here</source>
        <translation>L 或其导数在此处不是有限值</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>{kind} curve</source>
        <translation>{kind}曲线</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>{where} is empty</source>
        <translation>{where} 是空的</translation>
    </message>
    <message>
        <source>{where}: cannot read {name}: {reason}</source>
        <translation>{where}：无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>{where}: {name} is not an experiment&apos;s results: {reason}</source>
        <translation>{where}：{name} 不是实验的结果：{reason}</translation>
    </message>
    <message>
        <source>{where}: {name} is not an experiment&apos;s results</source>
        <translation>{where}：{name} 不是实验的结果</translation>
    </message>
    <message>
        <source>{where} must be a list of two directions, like [&quot;eig-min&quot;, &quot;eig-max&quot;]</source>
        <translation>{where} 必须是含两个方向的列表，例如 [&quot;eig-min&quot;, &quot;eig-max&quot;]</translation>
    </message>
    <message>
        <source>{where} must give exactly one of &quot;preset&quot;, &quot;formula&quot; and &quot;slice&quot;</source>
        <translation>{where} 必须恰好给出 &quot;preset&quot;（预设）、&quot;formula&quot;（公式）和 &quot;slice&quot;（切片）中的一个</translation>
    </message>
    <message>
        <source>{vars} and {params} go with a formula</source>
        <translation>{vars} 和 {params} 要与公式一起使用</translation>
    </message>
    <message>
        <source>{where} {name} is not a preset of this critexplorer</source>
        <translation>{where} {name} 不是这个 critexplorer 的预设</translation>
    </message>
    <message>
        <source>{where} cannot be used: {reason}</source>
        <translation>{where} 无法使用：{reason}</translation>
    </message>
    <message>
        <source>{where} needs a selected point (&quot;select&quot;) to escape from</source>
        <translation>{where} 需要一个选中的点（&quot;select&quot;）作为逃离的起点</translation>
    </message>
    <message>
        <source>{where} must be a list of {names}</source>
        <translation>{where} 必须是由 {names} 组成的列表</translation>
    </message>
    <message>
        <source>{where} must be a list of at most {limit} runs</source>
        <translation>{where} 必须是至多 {limit} 个运行的列表</translation>
    </message>
    <message>
        <source>{where} must be a whole number from {low} to {high}, or &quot;end&quot;</source>
        <translation>{where} 必须是 {low} 到 {high} 的整数，或 &quot;end&quot;</translation>
    </message>
    <message>
        <source>{where} needs runs to play</source>
        <translation>{where} 需要有可播放的运行</translation>
    </message>
    <message>
        <source>{where} {axis} needs a data-backed preset (a formula has only steps)</source>
        <translation>{where} {axis} 需要基于数据的预设（公式只有步数）</translation>
    </message>
    <message>
        <source>{where} must have exactly one of {names}</source>
        <translation>{where} 必须恰好有 {names} 中的一个</translation>
    </message>
    <message>
        <source>{where} goes with a &quot;run&quot; check</source>
        <translation>{where} 要与 &quot;run&quot; 检查一起使用</translation>
    </message>
    <message>
        <source>{where} must be true</source>
        <translation>{where} 必须是 true</translation>
    </message>
    <message>
        <source>the step</source>
        <translation>该步</translation>
    </message>
    <message>
        <source>the lesson</source>
        <translation>该课程</translation>
    </message>
    <message>
        <source>it is not a critexplorer lesson (no {field})</source>
        <translation>它不是 critexplorer 课程（没有 {field}）</translation>
    </message>
    <message>
        <source>it was written for a newer critexplorer (lesson version {version}; this one reads up to {newest})</source>
        <translation>它是为更新版本的 critexplorer 编写的（课程版本 {version}；这个版本最多读取到 {newest}）</translation>
    </message>
    <message>
        <source>lesson &quot;{name}&quot;</source>
        <translation>课程“{name}”</translation>
    </message>
    <message>
        <source>{where} must be a list of 1 to {limit} steps</source>
        <translation>{where} 必须是含 1 到 {limit} 步的列表</translation>
    </message>
    <message>
        <source>step {number}, {reason}</source>
        <translation>第 {number} 步，{reason}</translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation>{label}：{reason}</translation>
    </message>
    <message>
        <source>it is not a lesson (its JSON cannot be read)</source>
        <translation>它不是课程（无法读取其 JSON）</translation>
    </message>
    <message>
        <source>lesson file {name}</source>
        <translation>课程文件 {name}</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>它不是文件</translation>
    </message>
    <message>
        <source>it is larger than {kilobytes} KB, the limit for a lesson</source>
        <translation>它大于 {kilobytes} KB，这是课程的上限</translation>
    </message>
    <message>
        <source>it is not a text file (not UTF-8)</source>
        <translation>它不是文本文件（不是 UTF-8）</translation>
    </message>
    <message>
        <source>built-in lesson {name}</source>
        <translation>内置课程 {name}</translation>
    </message>
    <message>
        <source>no built-in lesson {name} (known: {known})</source>
        <translation>没有内置课程 {name}（已有：{known}）</translation>
    </message>
</context>
<context>
    <name>LessonActions</name>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Open lesson…</source>
        <translation>打开课程…</translation>
    </message>
    <message>
        <source>A lesson file of your own (JSON; see the README)</source>
        <translation>你自己的课程文件（JSON；见 README）</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>关闭课程</translation>
    </message>
    <message>
        <source>Next step of the lesson</source>
        <translation>课程的下一步</translation>
    </message>
    <message>
        <source>Previous step of the lesson</source>
        <translation>课程的上一步</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Try it:</source>
        <translation>试一试：</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>The step before (PageUp, ←)</source>
        <translation>上一步（PageUp、←）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>The next step (PageDown, →)</source>
        <translation>下一步（PageDown、→）</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>{name} must be two numbers, got {low}, {high}</source>
        <translation>{name} 必须是两个数字，收到的是 {low}, {high}</translation>
    </message>
    <message>
        <source>{name} must be two finite numbers, got {low}, {high}</source>
        <translation>{name} 必须是两个有限的数字，收到的是 {low}, {high}</translation>
    </message>
    <message>
        <source>{name} needs A &lt; B, from low to high; got {low}, {high}</source>
        <translation>{name} 需要 A &lt; B，从小到大；收到的是 {low}, {high}</translation>
    </message>
    <message>
        <source>{name} must stay within ±{limit}, got {low}, {high}</source>
        <translation>{name} 必须在 ±{limit} 以内，收到的是 {low}, {high}</translation>
    </message>
    <message>
        <source>{name} is too narrow to resolve: {low} to {high} is {width} wide, at least {least} is needed there</source>
        <translation>{name} 太窄，无法分辨：{low} 到 {high} 只有 {width} 宽，这里至少需要 {least}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>‖g‖ map</source>
        <translation>‖g‖ 图</translation>
    </message>
    <message>
        <source>Colour by log₁₀‖∇L‖: plateaus and critical points are dark, steep slopes bright</source>
        <translation>按 log₁₀‖∇L‖ 着色：平台和临界点呈暗色，陡坡呈亮色</translation>
    </message>
    <message>
        <source>Arrows (−g, eigenvectors)</source>
        <translation>箭头（−g、特征向量）</translation>
    </message>
    <message>
        <source>Draw −g and the eigenvectors scaled by |λ|</source>
        <translation>绘制 −g 和按 |λ| 缩放的特征向量</translation>
    </message>
    <message>
        <source>Taylor overlay</source>
        <translation>泰勒展开叠加</translation>
    </message>
    <message>
        <source>Second-order Taylor model around θ: L + gᵀv + ½vᵀHv</source>
        <translation>θ 附近的二阶泰勒展开模型：L + gᵀv + ½vᵀHv</translation>
    </message>
    <message>
        <source>Curvature map</source>
        <translation>曲率图</translation>
    </message>
    <message>
        <source>Colour regions by the signs of H&apos;s eigenvalues</source>
        <translation>按 H 的特征值符号为区域着色</translation>
    </message>
    <message>
        <source>Log surface</source>
        <translation>对数曲面</translation>
    </message>
    <message>
        <source>3-D heights as log(1 + L − min L)</source>
        <translation>三维高度取 log(1 + L − min L)</translation>
    </message>
    <message>
        <source>Log levels</source>
        <translation>对数等高线</translation>
    </message>
    <message>
        <source>Heat map and contour levels as log(1 + L − min L)</source>
        <translation>热图和等高线级别取 log(1 + L − min L)</translation>
    </message>
    <message>
        <source>Lock aspect</source>
        <translation>锁定纵横比</translation>
    </message>
    <message>
        <source>Equal scales on both axes of the contour map</source>
        <translation>等高线图的两个坐标轴使用相同比例</translation>
    </message>
    <message>
        <source>3-D view unavailable</source>
        <translation>三维视图不可用</translation>
    </message>
    <message>
        <source>Everything else works: the contour map, the panels and the critical points.</source>
        <translation>其他功能都正常：等高线图、各面板和临界点。</translation>
    </message>
    <message>
        <source>Preparing the 3-D view…</source>
        <translation>正在准备三维视图…</translation>
    </message>
    <message>
        <source>Preparing the contour map…</source>
        <translation>正在准备等高线图…</translation>
    </message>
    <message>
        <source>critexplorer — critical points of 2-parameter losses</source>
        <translation>critexplorer — 双参数损失函数的临界点</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>点</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Copy point as text</source>
        <translation>将点复制为文本</translation>
    </message>
    <message>
        <source>Copy point as LaTeX</source>
        <translation>将点复制为 LaTeX</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Back to the formula, window and grid shown before the last change</source>
        <translation>回到上次更改前显示的公式、显示范围和网格</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Reset view (window and 3-D camera)</source>
        <translation>重置视图（显示范围和三维相机）</translation>
    </message>
    <message>
        <source>The preset&apos;s window, and the 3-D camera framing the surface</source>
        <translation>预设的显示范围，以及框住曲面的三维相机</translation>
    </message>
    <message>
        <source>&amp;Point</source>
        <translation>点(&amp;P)</translation>
    </message>
    <message>
        <source>Find critical points</source>
        <translation>查找临界点</translation>
    </message>
    <message>
        <source>Hide critical points</source>
        <translation>隐藏临界点</translation>
    </message>
    <message>
        <source>Escape from saddle</source>
        <translation>逃离鞍点</translation>
    </message>
    <message>
        <source>Step along the eigenvector with λ &lt; 0 and show the drop in L</source>
        <translation>沿 λ &lt; 0 的特征向量走一步，并显示 L 的下降</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About critexplorer</source>
        <translation>关于 critexplorer</translation>
    </message>
    <message>
        <source>in the views: nudge the selection</source>
        <translation>在视图中：微移所选点</translation>
    </message>
    <message>
        <source>in the views: nudge the selection ten times further</source>
        <translation>在视图中：以十倍距离微移所选点</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>No runs to step: add some in the Optimizers tab</source>
        <translation>没有可单步的运行：请在“优化器”标签页中添加</translation>
    </message>
    <message>
        <source>No runs to step back</source>
        <translation>没有可后退的运行</translation>
    </message>
    <message>
        <source>The runs are at their start</source>
        <translation>运行已在起点</translation>
    </message>
</context>
<context>
    <name>Networks</name>
    <message>
        <source>one sample x = 1, y = 1: with 1-1-1 linear, no bias, L = (1 − w1·w2)²</source>
        <translation>一个样本 x = 1，y = 1：配合 1-1-1、线性、无偏置，L = (1 − w1·w2)²</translation>
    </message>
    <message>
        <source>the lecture&apos;s chain samples (16 points, y = x), as in the chain-data preset</source>
        <translation>讲义中的链式样本（16 个点，y = x），与 chain-data 预设相同</translation>
    </message>
    <message>
        <source>64 points of y = sin(1.5x) + 0.3x on [-2, 2] (1 input, 1 target)</source>
        <translation>[-2, 2] 上 y = sin(1.5x) + 0.3x 的 64 个点（1 个输入，1 个目标）</translation>
    </message>
    <message>
        <source>64 points on an 8 × 8 grid of a noisy 2-D surface (2 inputs, 1 target)</source>
        <translation>带噪声的二维曲面在 8 × 8 网格上的 64 个点（2 个输入，1 个目标）</translation>
    </message>
    <message>
        <source>the 4 XOR points (2 inputs, 1 target: 0 or 1, or its class)</source>
        <translation>XOR 的 4 个点（2 个输入，1 个目标：0 或 1，或其类别）</translation>
    </message>
    <message>
        <source>two moons: 64 points in 2-D, two classes (2 inputs, 1 target: 0 or 1)</source>
        <translation>双月数据：二维平面上的 64 个点，两个类别（2 个输入，1 个目标：0 或 1）</translation>
    </message>
    <message>
        <source>unknown data {name}: give a .csv file or one of {known}</source>
        <translation>未知数据 {name}：请给出 .csv 文件或以下之一：{known}</translation>
    </message>
    <message>
        <source>{name} line {line}: {problem}</source>
        <translation>{name} 第 {line} 行：{problem}</translation>
    </message>
    <message>
        <source>{name}: no rows of numbers</source>
        <translation>{name}：没有数字行</translation>
    </message>
    <message>
        <source>{name} line {line}, column {column}: {cell} is not a number (columns are separated by commas)</source>
        <translation>{name} 第 {line} 行第 {column} 列：{cell} 不是数字（各列以逗号分隔）</translation>
    </message>
    <message>
        <source>{name} line {line}, column {column}: {cell} is not a number</source>
        <translation>{name} 第 {line} 行第 {column} 列：{cell} 不是数字</translation>
    </message>
    <message>
        <source>{name} line {line}, column {column}: {cell} is not a finite number</source>
        <translation>{name} 第 {line} 行第 {column} 列：{cell} 不是有限数</translation>
    </message>
    <message>
        <source>{name} line {line}: {count} columns where the rows above have {width}</source>
        <translation>{name} 第 {line} 行：有 {count} 列，而上面的行有 {width} 列</translation>
    </message>
    <message>
        <source>{start}… ({count} characters)</source>
        <translation>{start}…（共 {count} 个字符）</translation>
    </message>
    <message>
        <source>cannot read {path}: it is not a file</source>
        <translation>无法读取 {path}：它不是文件</translation>
    </message>
    <message>
        <source>{name}: larger than {limit} MB</source>
        <translation>{name}：超过 {limit} MB</translation>
    </message>
    <message>
        <source>cannot read {path}: it is not a text file (not UTF-8)</source>
        <translation>无法读取 {path}：它不是文本文件（不是 UTF-8）</translation>
    </message>
    <message>
        <source>{name} line {line}: {count} columns, but the {network} network with {loss} needs {expected} ({inputs} inputs, then 1 target)</source>
        <translation>{name} 第 {line} 行：有 {count} 列，但使用 {loss} 的 {network} 网络需要 {expected} 列（{inputs} 个输入，然后 1 个目标）</translation>
    </message>
    <message>
        <source>{name} line {line}: {count} columns, but the {network} network with {loss} needs {expected} ({inputs} inputs, then %n targets)</source>
        <translation>{name} 第 {line} 行：有 {count} 列，但使用 {loss} 的 {network} 网络需要 {expected} 列（{inputs} 个输入，然后 %n 个目标）</translation>
    </message>
    <message>
        <source>data {name} has {count} input column(s); the {network} network takes {inputs}</source>
        <translation>数据 {name} 有 {count} 个输入列；{network} 网络需要 {inputs} 个</translation>
    </message>
    <message>
        <source>data {name} has {count} target column(s); the {network} network has {outputs} output(s)</source>
        <translation>数据 {name} 有 {count} 个目标列；{network} 网络有 {outputs} 个输出</translation>
    </message>
    <message>
        <source>cross-entropy takes one class column; data {name} has {count}</source>
        <translation>交叉熵 (cross-entropy) 需要一个类别列；数据 {name} 有 {count} 列</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>sample {sample}</source>
        <translation>第 {sample} 个样本</translation>
    </message>
    <message>
        <source>{name} {where}: class {value} is not one of 0…{last} (the {network} network has {outputs} outputs)</source>
        <translation>{name} {where}：类别 {value} 不在 0…{last} 之中（{network} 网络有 {outputs} 个输出）</translation>
    </message>
    <message>
        <source>--scheduler needs dask.distributed: pip install &apos;critexplorer[cluster]&apos;</source>
        <translation>--scheduler 需要 dask.distributed：请运行 pip install &apos;critexplorer[cluster]&apos;</translation>
    </message>
    <message>
        <source>cannot reach the Dask scheduler at {address}: {problem}</source>
        <translation>无法连接位于 {address} 的 Dask 调度器：{problem}</translation>
    </message>
    <message>
        <source>a network needs at least two layer sizes of 1 or more, got {layers}</source>
        <translation>网络至少需要两个层大小，每个至少为 1；收到的是 {layers}</translation>
    </message>
    <message>
        <source>unknown activation {name} (known: {known})</source>
        <translation>未知的激活函数 {name}（可选：{known}）</translation>
    </message>
    <message>
        <source>unknown loss {name} (known: {known})</source>
        <translation>未知的损失 {name}（可选：{known}）</translation>
    </message>
    <message>
        <source>cross-entropy needs at least 2 outputs (one per class)</source>
        <translation>交叉熵 (cross-entropy) 至少需要 2 个输出（每个类别一个）</translation>
    </message>
    <message>
        <source>layer sizes are whole numbers joined by &apos;-&apos;, like 2-8-1; got {text}</source>
        <translation>层大小是用“-”连接的整数，例如 2-8-1；收到的是 {text}</translation>
    </message>
</context>
<context>
    <name>NetworksMenu</name>
    <message>
        <source>&amp;Networks</source>
        <translation>网络(&amp;N)</translation>
    </message>
    <message>
        <source>Experiment on small networks…</source>
        <translation>小型网络实验…</translation>
    </message>
    <message>
        <source>Train many small networks to critical points; scatter their spectra; open slices</source>
        <translation>把许多小型网络训练到临界点；绘制它们的谱散点图；打开切片</translation>
    </message>
</context>
<context>
    <name>NetworksWindow</name>
    <message>
        <source>The lecture&apos;s: training loss against minimum ratio</source>
        <translation>讲义的图：训练损失对最小值比例</translation>
    </message>
    <message>
        <source>minimum ratio (positive λ / all)</source>
        <translation>最小值比例（正 λ / 全部）</translation>
    </message>
    <message>
        <source>training loss L</source>
        <translation>训练损失 L</translation>
    </message>
    <message>
        <source>Dauphin et al.&apos;s: index against loss</source>
        <translation>Dauphin 等人的图：指数对损失</translation>
    </message>
    <message>
        <source>index (negative λ / all)</source>
        <translation>指数（负 λ / 全部）</translation>
    </message>
    <message>
        <source>critexplorer — critical points of small networks</source>
        <translation>critexplorer — 小型网络的临界点</translation>
    </message>
    <message>
        <source>Layer sizes I-H-…-O, e.g. 1-4-1, 2-8-1 or 1-1-1</source>
        <translation>各层大小 I-H-…-O，例如 1-4-1、2-8-1 或 1-1-1</translation>
    </message>
    <message>
        <source>biases</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>The built-in set for the network&apos;s inputs and loss</source>
        <translation>适合该网络输入与损失的内置数据集</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV 文件…</translation>
    </message>
    <message>
        <source>Your own data: the first I columns inputs, then the targets</source>
        <translation>你自己的数据：前 I 列是输入，其余是目标</translation>
    </message>
    <message>
        <source>Worker processes (runs are the same for any number)</source>
        <translation>工作进程数（结果与进程数无关）</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>进程数</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Flat directions (symmetries, unused units, more parameters than the data pins down) give zero eigenvalues, which keep the lecture&apos;s ratio (positive / all) below 1 even at a true minimum; “among non-zero” is positive / (positive + negative), 1 at such a minimum.</source>
        <translation>平坦方向（对称性、未使用的单元、比数据所能确定的更多的参数）给出零特征值，即使在真正的最小值处也使讲义的比例（正 / 全部）低于 1；“非零中”是 正 / (正 + 负)，在这样的最小值处为 1。</translation>
    </message>
    <message>
        <source>Two of eig-min, eig-max, eig:K (K-th ascending), random:SEED</source>
        <translation>eig-min、eig-max、eig:K（由小到大第 K 个）、random:SEED 中的两个</translation>
    </message>
    <message>
        <source>Open slice</source>
        <translation>打开切片</translation>
    </message>
    <message>
        <source>Show L(θ* + a·d₁ + b·d₂) in the explorer&apos;s views</source>
        <translation>在探索器的视图中显示 L(θ* + a·d₁ + b·d₂)</translation>
    </message>
    <message>
        <source>Choose a network and Run: each run trains, then solves ∇L = 0 and takes H&apos;s spectrum.</source>
        <translation>选择网络并运行：每次运行先训练，再求解 ∇L = 0，并计算 H 的谱。</translation>
    </message>
    <message>
        <source>Click a dot: its spectrum and numbers.</source>
        <translation>点击一个点：显示它的谱和数值。</translation>
    </message>
    <message>
        <source>{network} on {data}: starting…</source>
        <translation>{network}，数据 {data}：正在开始…</translation>
    </message>
    <message>
        <source>Cancelling: the runs under way finish, then stop…</source>
        <translation>正在取消：进行中的运行完成后停止…</translation>
    </message>
    <message>
        <source>{done} of {total} runs · about {left} s left</source>
        <translation>{total} 次运行中完成 {done} 次 · 约剩 {left} 秒</translation>
    </message>
    <message>
        <source>0 of {total} runs</source>
        <translation>{total} 次运行中完成 0 次</translation>
    </message>
    <message>
        <source>Cancelled: {done} of {total} runs kept</source>
        <translation>已取消：保留了 {total} 次运行中的 {done} 次</translation>
    </message>
    <message>
        <source>1 run done</source>
        <translation>完成 1 次运行</translation>
    </message>
    <message>
        <source>%n runs done</source>
        <translation>完成 %n 次运行</translation>
    </message>
    <message>
        <source>Data for the network</source>
        <translation>网络的数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>no built-in data has {inputs} inputs: choose a CSV file</source>
        <translation>没有 {inputs} 个输入的内置数据：请选择 CSV 文件</translation>
    </message>
    <message>
        <source>The experiment stopped: {reason}</source>
        <translation>实验已停止：{reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{network} {activation}&lt;/b&gt; ({parameters} parameters) on {data}: {critical} of {runs} runs critical, {minima} of them minima, {flat} gradient-flat.</source>
        <translation>&lt;b&gt;{network} {activation}&lt;/b&gt;（{parameters} 个参数），数据 {data}：{runs} 次运行中 {critical} 次到达临界点，其中 {minima} 个是最小值，{flat} 次梯度平坦。</translation>
    </message>
    <message>
        <source>Minimum ratio {low} … {high}</source>
        <translation>最小值比例 {low} … {high}</translation>
    </message>
    <message>
        <source> (among non-zero λ: {low} … {high})</source>
        <translation>（非零 λ 中：{low} … {high}）</translation>
    </message>
    <message>
        <source>Saddles: {percent} % of the critical runs.</source>
        <translation>鞍点：占临界点运行的 {percent} %。</translation>
    </message>
    <message>
        <source>a minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>a saddle</source>
        <translation>鞍点</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>临界点</translation>
    </message>
    <message>
        <source>gradient-flat, not critical</source>
        <translation>梯度平坦，不是临界点</translation>
    </message>
    <message>
        <source>not critical (stalled)</source>
        <translation>不是临界点（停滞）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run {run}&lt;/b&gt; (seed {seed}): {status}&lt;br&gt;L = {loss}, ‖∇L‖ = {norm}&lt;br&gt;{count} eigenvalues: {positive} positive, {negative} negative, {zero} zero (|λ| ≤ {zero_below})&lt;br&gt;λ from {lowest} to {highest}&lt;br&gt;minimum ratio {ratio}, index {index}, among non-zero λ {nonzero}</source>
        <translation>&lt;b&gt;运行 {run}&lt;/b&gt;（随机种子 {seed}）：{status}&lt;br&gt;L = {loss}，‖∇L‖ = {norm}&lt;br&gt;{count} 个特征值：{positive} 个正，{negative} 个负，{zero} 个零（|λ| ≤ {zero_below}）&lt;br&gt;λ 从 {lowest} 到 {highest}&lt;br&gt;最小值比例 {ratio}，指数 {index}，非零 λ 中 {nonzero}</translation>
    </message>
    <message>
        <source>give two directions, like eig-min,eig-max</source>
        <translation>请给出两个方向，例如 eig-min,eig-max</translation>
    </message>
    <message>
        <source>Computing the slice…</source>
        <translation>正在计算切片…</translation>
    </message>
    <message>
        <source>Showing the slice {slice}; θ* is at (0, 0)</source>
        <translation>正在显示切片 {slice}；θ* 位于 (0, 0)</translation>
    </message>
</context>
<context>
    <name>OptimizerPanel</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>The run&apos;s colour in the views and plots</source>
        <translation>该运行在视图和图表中的颜色</translation>
    </message>
    <message>
        <source>lr schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Samples per mini-batch (1 to N) on a data-backed preset</source>
        <translation>基于数据的预设中每个小批量的样本数（1 到 N）</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Seed for shuffling the mini-batches and for perturbed GD&apos;s noise: the same seed gives the same run</source>
        <translation>用于打乱小批量和扰动梯度下降噪声的随机种子：相同的种子给出相同的运行</translation>
    </message>
    <message>
        <source>start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>Start point of the next run (or Ctrl+click a view)</source>
        <translation>下一次运行的起点（或在视图中 Ctrl+点击）</translation>
    </message>
    <message>
        <source>Set start</source>
        <translation>设置起点</translation>
    </message>
    <message>
        <source>While on, a click in either view sets the start (Ctrl+click does it any time)</source>
        <translation>开启时，在任一视图中点击即设置起点（Ctrl+点击随时可用）</translation>
    </message>
    <message>
        <source>From selection</source>
        <translation>用选中点</translation>
    </message>
    <message>
        <source>Start at the selected point</source>
        <translation>从选中的点出发</translation>
    </message>
    <message>
        <source>Add run</source>
        <translation>添加运行</translation>
    </message>
    <message>
        <source>Add a run of this optimizer from the start point</source>
        <translation>从起点添加一次此优化器的运行</translation>
    </message>
    <message>
        <source>Add race</source>
        <translation>添加竞赛</translation>
    </message>
    <message>
        <source>From the start point, one run each (default settings) of: {names}</source>
        <translation>从起点出发，以下每种各运行一次（默认设置）：{names}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Step ▸</source>
        <translation>单步 ▸</translation>
    </message>
    <message>
        <source>One step of every run (→ in this panel, or . anywhere)</source>
        <translation>所有运行各走一步（在此面板中按 →，或在任何地方按 .）</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格键）</translation>
    </message>
    <message>
        <source>Reset ⟲</source>
        <translation>重置 ⟲</translation>
    </message>
    <message>
        <source>Every run back to its start</source>
        <translation>所有运行回到各自的起点</translation>
    </message>
    <message>
        <source>steps/s</source>
        <translation>步/秒</translation>
    </message>
    <message>
        <source>Steps per second while playing (high speeds take several steps per frame)</source>
        <translation>播放时每秒的步数（速度高时每帧走多步）</translation>
    </message>
    <message>
        <source>step limit</source>
        <translation>步数上限</translation>
    </message>
    <message>
        <source>Runs stop after this many steps (at most {limit}), or sooner once settled; finished runs need a Reset to go on</source>
        <translation>运行在走完这么多步后停止（最多 {limit} 步），稳定后会更早停止；已结束的运行需要重置才能继续</translation>
    </message>
    <message>
        <source>−g arrows</source>
        <translation>−g 箭头</translation>
    </message>
    <message>
        <source>White arrow along −∇L at each run&apos;s current point</source>
        <translation>在每次运行的当前点画出沿 −∇L 的白色箭头</translation>
    </message>
    <message>
        <source>update arrows</source>
        <translation>更新箭头</translation>
    </message>
    <message>
        <source>Arrow in the run&apos;s colour along its last update Δθ, or its momentum (velocity) when it has one</source>
        <translation>以该运行的颜色画出沿其上一次更新 Δθ 的箭头；有动量（速度）时沿动量方向</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected runs</source>
        <translation>移除选中的运行</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Remove every run</source>
        <translation>移除所有运行</translation>
    </message>
    <message>
        <source>Optimizers</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Run colour</source>
        <translation>运行颜色</translation>
    </message>
    <message>
        <source>{outcome}: {reason}</source>
        <translation>{outcome}：{reason}</translation>
    </message>
    <message>
        <source>Pause ❚❚</source>
        <translation>暂停 ❚❚</translation>
    </message>
    <message>
        <source>Play ▶</source>
        <translation>播放 ▶</translation>
    </message>
    <message>
        <source>play / pause the optimizer runs</source>
        <translation>播放 / 暂停优化器的运行</translation>
    </message>
    <message>
        <source>one step of every run</source>
        <translation>所有运行各走一步</translation>
    </message>
    <message>
        <source>in the Optimizers panel or the run plots: one step of every run</source>
        <translation>在优化器面板或运行图表中：所有运行各走一步</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <source>optimizer {name}</source>
        <translation>优化器 {name}</translation>
    </message>
    <message>
        <source>Learning rate η (step size)</source>
        <translation>学习率 η（步长）</translation>
    </message>
    <message>
        <source>Added to the denominator so it never divides by zero</source>
        <translation>加到分母上，避免除以零</translation>
    </message>
    <message>
        <source>Momentum μ: how much of the last velocity is kept</source>
        <translation>动量 μ：保留上一步速度的比例</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>SGD (mini-batch)</source>
        <translation>SGD（小批量随机梯度下降）</translation>
    </message>
    <message>
        <source>θ ← θ − η·g_B, g_B the mean gradient over a shuffled mini-batch</source>
        <translation>θ ← θ − η·g_B，g_B 为随机打乱后一个小批量上的平均梯度</translation>
    </message>
    <message>
        <source>Momentum (heavy ball)</source>
        <translation>动量法（重球法）</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov 动量</translation>
    </message>
    <message>
        <source>Decay ρ of the squared-gradient average</source>
        <translation>梯度平方平均的衰减率 ρ</translation>
    </message>
    <message>
        <source>m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  θ ← θ − η·m̂ / (√v̂ + ε), with bias correction</source>
        <translation>m ← β₁m + (1−β₁)g；v ← β₂v + (1−β₂)g²；θ ← θ − η·m̂ / (√v̂ + ε)，带偏差校正</translation>
    </message>
    <message>
        <source>Decay β₁ of the gradient average</source>
        <translation>梯度平均的衰减率 β₁</translation>
    </message>
    <message>
        <source>Decay β₂ of the squared-gradient average</source>
        <translation>梯度平方平均的衰减率 β₂</translation>
    </message>
    <message>
        <source>Smallest |λ| used when dividing by the curvature, so a flat direction cannot send the step to infinity</source>
        <translation>除以曲率时使用的最小 |λ|，以免平坦方向使步长变为无穷大</translation>
    </message>
    <message>
        <source>Newton (damped)</source>
        <translation>牛顿法（阻尼）</translation>
    </message>
    <message>
        <source>θ ← θ − η·H⁻¹g — converges to whatever critical point is near, saddles included</source>
        <translation>θ ← θ − η·H⁻¹g —— 收敛到附近的任何临界点，包括鞍点</translation>
    </message>
    <message>
        <source>Step fraction η of the full Newton step (1 = undamped)</source>
        <translation>完整牛顿步所取的比例 η（1 = 无阻尼）</translation>
    </message>
    <message>
        <source>Saddle-free Newton</source>
        <translation>无鞍点牛顿法（Saddle-free Newton）</translation>
    </message>
    <message>
        <source>θ ← θ − η·|H|⁻¹g, |H| = Σ|λᵢ|uᵢuᵢᵀ (Dauphin et al. 2014) — escapes saddles</source>
        <translation>θ ← θ − η·|H|⁻¹g，|H| = Σ|λᵢ|uᵢuᵢᵀ（Dauphin 等，2014）—— 能逃离鞍点</translation>
    </message>
    <message>
        <source>Step fraction η of the full |H|⁻¹g step</source>
        <translation>完整 |H|⁻¹g 步所取的比例 η</translation>
    </message>
    <message>
        <source>‖g‖ below this counts as stalled</source>
        <translation>‖g‖ 低于此值即视为停滞</translation>
    </message>
    <message>
        <source>GD + eigenvector escape</source>
        <translation>梯度下降 + 特征向量逃离</translation>
    </message>
    <message>
        <source>GD; at a stall with λ_min &lt; 0, step along the eigenvector of λ_min</source>
        <translation>梯度下降；停滞且 λ_min &lt; 0 时，沿 λ_min 的特征向量走一步</translation>
    </message>
    <message>
        <source>Length of the step along the escape eigenvector (1 = the lecture&apos;s unit eigenvector u)</source>
        <translation>沿逃离特征向量所走的步长（1 = 讲义中的单位特征向量 u）</translation>
    </message>
    <message>
        <source>Perturbed GD</source>
        <translation>扰动梯度下降</translation>
    </message>
    <message>
        <source>GD; when ‖g‖ ≤ threshold, add noise from a disc of radius r (Jin et al. 2017)</source>
        <translation>梯度下降；当 ‖g‖ ≤ 阈值时，加入半径为 r 的圆盘内的随机扰动（Jin 等，2017）</translation>
    </message>
    <message>
        <source>Radius r of the random kick</source>
        <translation>随机扰动的半径 r</translation>
    </message>
    <message>
        <source>Steps after a kick before judging it (and before the next kick)</source>
        <translation>扰动后等待多少步再评估（也是下一次扰动前的步数）</translation>
    </message>
    <message>
        <source>A kick that lowered L by less than this found no escape: the point was a minimum</source>
        <translation>扰动使 L 下降不到此值即视为未能逃离：该点是极小值点</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>常数</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>阶梯衰减</translation>
    </message>
    <message>
        <source>Multiply the learning rate by `factor` every this many steps</source>
        <translation>每隔这么多步，将学习率乘以 `factor`</translation>
    </message>
    <message>
        <source>Multiplier applied at each drop</source>
        <translation>每次下降时乘上的倍数</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>指数衰减</translation>
    </message>
    <message>
        <source>Per-step multiplier</source>
        <translation>每步乘上的倍数</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>Steps from η down to the floor (held there afterwards)</source>
        <translation>从 η 降到下限所用的步数（之后保持在下限）</translation>
    </message>
    <message>
        <source>Smallest learning rate, as a fraction of η</source>
        <translation>最小学习率，以 η 的比例表示</translation>
    </message>
    <message>
        <source>How fast the learning rate falls</source>
        <translation>学习率下降的快慢</translation>
    </message>
    <message>
        <source>unknown schedule {name} (known: {known})</source>
        <translation>未知学习率调度 {name}（可用：{known}）</translation>
    </message>
    <message>
        <source>schedule {name}</source>
        <translation>学习率调度 {name}</translation>
    </message>
    <message>
        <source>{name} must be a number, got {value}</source>
        <translation>{name} 必须是数字，收到的是 {value}</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}, got {value}</source>
        <translation>{name} 必须在 {low} 到 {high} 之间，收到的是 {value}</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {value}</source>
        <translation>{name} 必须是整数，收到的是 {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{owner} has no hyperparameter {name} (it has: {names})</source>
        <translation>{owner} 没有超参数 {name}（它有：{names}）</translation>
    </message>
    <message>
        <source>unknown optimizer {name} (known: {known})</source>
        <translation>未知优化器 {name}（可用：{known}）</translation>
    </message>
</context>
<context>
    <name>ParameterSliders</name>
    <message>
        <source>The lowest value of {name} on the slider</source>
        <translation>滑块上 {name} 的最小值</translation>
    </message>
    <message>
        <source>The highest value of {name} on the slider</source>
        <translation>滑块上 {name} 的最大值</translation>
    </message>
    <message>
        <source>Drag to change {name}; the surface follows</source>
        <translation>拖动以改变 {name}；曲面随之更新</translation>
    </message>
</context>
<context>
    <name>PointPanel</name>
    <message>
        <source>No point selected</source>
        <translation>未选中点</translation>
    </message>
    <message>
        <source>Escape along u₁</source>
        <translation>沿 u₁ 逃离</translation>
    </message>
    <message>
        <source>Step from the saddle along the eigenvector with λ &lt; 0 and show how much L drops (E)</source>
        <translation>从鞍点沿 λ &lt; 0 的特征向量走一步，并显示 L 下降了多少（E）</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文本</translation>
    </message>
    <message>
        <source>Copy the values above as plain text</source>
        <translation>将上面的数值复制为纯文本</translation>
    </message>
    <message>
        <source>Copy LaTeX</source>
        <translation>复制 LaTeX</translation>
    </message>
    <message>
        <source>Copy the values above as a LaTeX align* block</source>
        <translation>将上面的数值复制为 LaTeX align* 块</translation>
    </message>
    <message>
        <source>Click the contour map or the surface to inspect a point.</source>
        <translation>点击等高线图或曲面以查看一个点。</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Presenter mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Full screen, large text, lecture controls only (F11)</source>
        <translation>全屏、大字、只留授课用的控件（F11）</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>正常文字大小</translation>
    </message>
    <message>
        <source>Next (step the runs)</source>
        <translation>下一步（运行前进一步）</translation>
    </message>
    <message>
        <source>Previous (step the runs back)</source>
        <translation>上一步（运行后退一步）</translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation>文字大小 {percent} %</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>unknown preset &apos;{name}&apos;; known presets: {known}</source>
        <translation>未知预设“{name}”；可用的预设：{known}</translation>
    </message>
</context>
<context>
    <name>RunPlots</name>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次 (epoch)</translation>
    </message>
    <message>
        <source>samples seen</source>
        <translation>已见样本数</translation>
    </message>
    <message>
        <source>{n} samples</source>
        <translation>{n} 个样本</translation>
    </message>
    <message>
        <source>{name}: full batch, 1 update/epoch</source>
        <translation>{name}：全批量，每轮 1 次更新</translation>
    </message>
    <message>
        <source>{name}: batch {batch}, {updates} updates/epoch</source>
        <translation>{name}：批量 {batch}，每轮 {updates} 次更新</translation>
    </message>
    <message>
        <source>Epochs and samples seen need a loss backed by samples (the data-backed presets); this formula has none, so the plots count steps</source>
        <translation>轮次和已见样本数需要由样本构成的损失（基于数据的预设）；这个公式没有样本，所以图按步计数</translation>
    </message>
    <message>
        <source>What the plots&apos; x-axis counts: updates (steps), epochs (passes over the data), or samples seen. One epoch is ceil(N/B) updates of batch B; the last batch of an epoch may be short</source>
        <translation>图的横轴计数：更新次数（步）、轮次（遍历一次数据）或已见样本数。一轮是 ceil(N/B) 次批量为 B 的更新；每轮最后一个批量可能较小</translation>
    </message>
    <message>
        <source>x-axis:</source>
        <translation>横轴：</translation>
    </message>
    <message>
        <source>‖∇L‖ (full batch) at each step, log scale</source>
        <translation>每一步的 ‖∇L‖（全批量），对数刻度</translation>
    </message>
    <message>
        <source>L at each step (full batch); log scale unless some L &lt; 0, with L = 0 drawn a decade below the smallest positive L</source>
        <translation>每一步的 L（全批量）；除非出现 L &lt; 0，否则用对数刻度，L = 0 画在最小正 L 下方一个数量级处</translation>
    </message>
    <message>
        <source>L (log)</source>
        <translation>L (对数)</translation>
    </message>
    <message>
        <source>L (linear: L &lt; 0 occurs)</source>
        <translation>L (线性：出现 L &lt; 0)</translation>
    </message>
</context>
<context>
    <name>RunScatter</name>
    <message>
        <source>critical, minimum (no negative λ)</source>
        <translation>临界点，最小值（无负 λ）</translation>
    </message>
    <message>
        <source>critical, saddle</source>
        <translation>临界点，鞍点</translation>
    </message>
    <message>
        <source>gradient-flat (not critical)</source>
        <translation>梯度平坦（不是临界点）</translation>
    </message>
    <message>
        <source>not critical</source>
        <translation>不是临界点</translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <source>the loss or its gradient is not finite there</source>
        <translation>损失或其梯度在该处不是有限值</translation>
    </message>
    <message>
        <source>left the bounding box</source>
        <translation>离开了边界框</translation>
    </message>
    <message>
        <source>the optimizer&apos;s step is not finite</source>
        <translation>优化器的步长不是有限值</translation>
    </message>
    <message>
        <source>reached the step limit</source>
        <translation>达到步数上限</translation>
    </message>
    <message>
        <source>it settled on a minimum</source>
        <translation>已稳定在一个最小值上</translation>
    </message>
    <message>
        <source>it stopped moving: its last {steps} steps left its point where it was</source>
        <translation>已停止移动：最近 {steps} 步没有改变它的位置</translation>
    </message>
    <message>
        <source>; it hovers around the {outcome} at {point}</source>
        <translation>；它在 {point} 处的{outcome}附近徘徊</translation>
    </message>
    <message>
        <source>optimizer: {error}</source>
        <translation>优化器：{error}</translation>
    </message>
    <message>
        <source>hyperparameters: {error}</source>
        <translation>超参数：{error}</translation>
    </message>
    <message>
        <source>schedule: {error}</source>
        <translation>学习率调度：{error}</translation>
    </message>
    <message>
        <source>batch size must be between 1 and {size} (the number of samples), got {batch}</source>
        <translation>批量大小必须在 1 到 {size}（样本数）之间，收到的是 {batch}</translation>
    </message>
    <message>
        <source>unknown x-axis {name} (known: {known})</source>
        <translation>未知的横轴 {name}（可选：{known}）</translation>
    </message>
    <message>
        <source>{axis} needs a loss backed by samples (a data-backed preset)</source>
        <translation>{axis} 需要带样本的损失（基于数据的预设）</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>show a loss before restoring runs</source>
        <translation>恢复运行前请先显示一个损失函数</translation>
    </message>
    <message>
        <source>show a loss before adding a run</source>
        <translation>添加运行前请先显示一个损失函数</translation>
    </message>
    <message>
        <source>{run} was removed: {problem}</source>
        <translation>已移除 {run}：{problem}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>a PNG image</source>
        <translation>一张 PNG 图片</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>一张 GIF 图片</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>一份 PDF 文档</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>一张 JPEG 图片</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>一个 zip 压缩包</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>一个程序</translation>
    </message>
    <message>
        <source>it contains {name}, which is not a number JSON allows</source>
        <translation>其中含有 {name}，这不是 JSON 允许的数字</translation>
    </message>
    <message>
        <source>{where} must be a number, not {kind}</source>
        <translation>{where} 必须是数字，而不是{kind}</translation>
    </message>
    <message>
        <source>{where} is too large</source>
        <translation>{where} 太大</translation>
    </message>
    <message>
        <source>{where} must be finite</source>
        <translation>{where} 必须是有限值</translation>
    </message>
    <message>
        <source>{where} is {number}; its magnitude must be at most {limit}</source>
        <translation>{where} 为 {number}；其绝对值至多为 {limit}</translation>
    </message>
    <message>
        <source>{where} must be a list of two numbers</source>
        <translation>{where} 必须是含两个数字的列表</translation>
    </message>
    <message>
        <source>{where} must be text, not {kind}</source>
        <translation>{where} 必须是文本，而不是{kind}</translation>
    </message>
    <message>
        <source>{where} is too long ({length} characters; the limit is {limit})</source>
        <translation>{where} 太长（{length} 个字符；上限为 {limit}）</translation>
    </message>
    <message>
        <source>{where} {text} is not a valid name</source>
        <translation>{where} {text} 不是有效的名称</translation>
    </message>
    <message>
        <source>{where} must be an object, not {kind}</source>
        <translation>{where} 必须是对象，而不是{kind}</translation>
    </message>
    <message>
        <source>{where} is missing {names}</source>
        <translation>{where} 缺少 {names}</translation>
    </message>
    <message>
        <source>{where} has unknown fields {names}</source>
        <translation>{where} 有未知的字段 {names}</translation>
    </message>
    <message>
        <source>{where} has unknown field {names}</source>
        <translation>{where} 有未知的字段 {names}</translation>
    </message>
    <message>
        <source>{where} must be true or false, not {kind}</source>
        <translation>{where} 必须是 true 或 false，而不是{kind}</translation>
    </message>
    <message>
        <source>{where} is {shown}; it must be one of {choices}</source>
        <translation>{where} 是 {shown}；它必须是 {choices} 之一</translation>
    </message>
    <message>
        <source>a value is expected</source>
        <translation>这里应当是一个值</translation>
    </message>
    <message>
        <source>a &apos;,&apos; is expected</source>
        <translation>这里应当是“,”</translation>
    </message>
    <message>
        <source>a &apos;:&apos; is expected</source>
        <translation>这里应当是“:”</translation>
    </message>
    <message>
        <source>a name in double quotes is expected</source>
        <translation>这里应当是带双引号的名称</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>字符串没有结束引号</translation>
    </message>
    <message>
        <source>a string holds a control character</source>
        <translation>字符串中含有控制字符</translation>
    </message>
    <message>
        <source>there is more after the end of the JSON</source>
        <translation>JSON 结束后还有多余内容</translation>
    </message>
    <message>
        <source>a backslash escape is not valid</source>
        <translation>反斜杠转义无效</translation>
    </message>
    <message>
        <source>{where} must be a whole number from {low} to {high}, not {kind}</source>
        <translation>{where} 必须是 {low} 到 {high} 的整数，而不是{kind}</translation>
    </message>
    <message>
        <source>{where} is {number}; it must be from {low} to {high}</source>
        <translation>{where} 为 {number}；它必须在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>布尔值（true/false）</translation>
    </message>
    <message>
        <source>null</source>
        <translation>空值（null）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>{where} must be a non-empty list of [x, y] points</source>
        <translation>{where} 必须是由 [x, y] 点组成的非空列表</translation>
    </message>
    <message>
        <source>{where} has {steps} steps; a run takes at most {limit}</source>
        <translation>{where} 有 {steps} 步；一次运行至多 {limit} 步</translation>
    </message>
    <message>
        <source>{where} has {points} points; a session holds at most {limit} trail points in all</source>
        <translation>{where} 有 {points} 个点；一个会话中的轨迹点总共至多 {limit} 个</translation>
    </message>
    <message>
        <source>{where} must be [x, y]</source>
        <translation>{where} 必须是 [x, y]</translation>
    </message>
    <message>
        <source>{where} must hold numbers, not {kind}</source>
        <translation>{where} 必须只含数字，而不是{kind}</translation>
    </message>
    <message>
        <source>{where} holds a number too large for a coordinate</source>
        <translation>{where} 含有一个作为坐标来说太大的数字</translation>
    </message>
    <message>
        <source>{where} must be an object of name: number</source>
        <translation>{where} 必须是“名称: 数字”形式的对象</translation>
    </message>
    <message>
        <source>{where} must be a whole number, not {kind}</source>
        <translation>{where} 必须是整数，而不是{kind}</translation>
    </message>
    <message>
        <source>{where} must be a colour like #1f77b4</source>
        <translation>{where} 必须是形如 #1f77b4 的颜色</translation>
    </message>
    <message>
        <source>{where}: unknown optimizer {name} (known: {known})</source>
        <translation>{where}：未知的优化器 {name}（已知的有：{known}）</translation>
    </message>
    <message>
        <source>{where} must be a whole number from {low} to {high}</source>
        <translation>{where} 必须是 {low} 到 {high} 的整数</translation>
    </message>
    <message>
        <source>{where} must be a list of three numbers</source>
        <translation>{where} 必须是含三个数字的列表</translation>
    </message>
    <message>
        <source>{where} must be positive</source>
        <translation>{where} 必须为正数</translation>
    </message>
    <message>
        <source>{where} must be between 0 and 180 degrees</source>
        <translation>{where} 必须在 0 到 180 度之间</translation>
    </message>
    <message>
        <source>it is not a critexplorer session (no {field})</source>
        <translation>这不是 critexplorer 会话（没有 {field}）</translation>
    </message>
    <message>
        <source>its &quot;version&quot; must be a whole number of at least 1</source>
        <translation>其 &quot;version&quot; 必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>it was saved by a newer critexplorer (session version {version}; this one reads up to version {newest}). Update critexplorer to open it</source>
        <translation>它由更新版本的 critexplorer 保存（会话版本 {version}；本版本最多读取到版本 {newest}）。请更新 critexplorer 后再打开</translation>
    </message>
    <message>
        <source>it is not a critexplorer session (the top level is {kind})</source>
        <translation>这不是 critexplorer 会话（最外层是{kind}）</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>{where} must be a list of two names</source>
        <translation>{where} 必须是含两个名称的列表</translation>
    </message>
    <message>
        <source>its formula cannot be used: {reason}</source>
        <translation>其公式无法使用：{reason}</translation>
    </message>
    <message>
        <source>preset {name} is not a preset of this critexplorer</source>
        <translation>预设 {name} 不是这个版本 critexplorer 的预设</translation>
    </message>
    <message>
        <source>runs must be a list of at most {limit} runs</source>
        <translation>runs 必须是至多 {limit} 次运行的列表</translation>
    </message>
    <message>
        <source>{message} (column {column})</source>
        <translation>{message}（第 {column} 列）</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>it is not valid JSON: {reason} (line {line}, column {column})</source>
        <translation>这不是有效的 JSON：{reason}（第 {line} 行，第 {column} 列）</translation>
    </message>
    <message>
        <source>it is not a session: its JSON is nested too deeply</source>
        <translation>这不是会话：其 JSON 嵌套太深</translation>
    </message>
    <message>
        <source>it is not a session: it contains a number with too many digits</source>
        <translation>这不是会话：其中有一个位数太多的数字</translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation>无法打开 {path}：{reason}</translation>
    </message>
    <message>
        <source>it is {kind}, not a critexplorer session</source>
        <translation>这是{kind}，不是 critexplorer 会话</translation>
    </message>
    <message>
        <source>it is not a text file (not UTF-8), so not a critexplorer session</source>
        <translation>这不是文本文件（不是 UTF-8），因此不是 critexplorer 会话</translation>
    </message>
    <message>
        <source>it is a folder, not a session file</source>
        <translation>这是文件夹，不是会话文件</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO); only regular files are read</source>
        <translation>这是命名管道（FIFO）；只读取普通文件</translation>
    </message>
    <message>
        <source>it is not a regular file; only regular files are read</source>
        <translation>这不是普通文件；只读取普通文件</translation>
    </message>
    <message>
        <source>it is larger than {megabytes} MB, the limit for a session</source>
        <translation>它大于 {megabytes} MB，超过了会话的上限</translation>
    </message>
    <message>
        <source>its formula cannot be shown: {reason}</source>
        <translation>其公式无法显示：{reason}</translation>
    </message>
    <message>
        <source>cannot save {path}: {reason}</source>
        <translation>无法保存 {path}：{reason}</translation>
    </message>
    <message>
        <source>{where} must be an object</source>
        <translation>{where} 必须是对象</translation>
    </message>
    <message>
        <source>{where} must be a list of numbers</source>
        <translation>{where} 必须是数字列表</translation>
    </message>
    <message>
        <source>{where} must be a list of {count} numbers</source>
        <translation>{where} 必须是含 {count} 个数字的列表</translation>
    </message>
    <message>
        <source>{where} must be a number</source>
        <translation>{where} 必须是数字</translation>
    </message>
    <message>
        <source>{where} must be finite, of magnitude at most {limit}</source>
        <translation>{where} 必须是有限值，绝对值至多为 {limit}</translation>
    </message>
    <message>
        <source>{where} must be a list of 1 to {limit} rows</source>
        <translation>{where} 必须是 1 到 {limit} 行的列表</translation>
    </message>
    <message>
        <source>{where} holds more than {limit} numbers</source>
        <translation>{where} 含有超过 {limit} 个数字</translation>
    </message>
    <message>
        <source>{where} must be 2 to {limit} whole numbers of at least 1</source>
        <translation>{where} 必须是 2 到 {limit} 个不小于 1 的整数</translation>
    </message>
    <message>
        <source>{where} must be true or false</source>
        <translation>{where} 必须是 true 或 false</translation>
    </message>
    <message>
        <source>{where} has {count} parameters; at most {limit} allowed</source>
        <translation>{where} 有 {count} 个参数；至多允许 {limit} 个</translation>
    </message>
    <message>
        <source>{where} must be one of {names}</source>
        <translation>{where} 必须是以下之一：{names}</translation>
    </message>
    <message>
        <source>{where} must be text of 1 to {limit} characters</source>
        <translation>{where} 必须是 1 到 {limit} 个字符的文本</translation>
    </message>
    <message>
        <source>{where} must be whole class numbers from 0 to {high}</source>
        <translation>{where} 必须是 0 到 {high} 的整数类别编号</translation>
    </message>
    <message>
        <source>{where} has {count} rows; {other} has {other_count}</source>
        <translation>{where} 有 {count} 行；{other} 有 {other_count} 行</translation>
    </message>
    <message>
        <source>{where} must be two directions such as {example}</source>
        <translation>{where} 必须是两个方向，例如 {example}</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>critexplorer sessions (*{suffix});;All files (*)</source>
        <translation>critexplorer 会话 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation>打开会话…</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Save session as…</source>
        <translation>会话另存为…</translation>
    </message>
    <message>
        <source>Export picture…</source>
        <translation>导出图片…</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Export trajectories as CSV…</source>
        <translation>将轨迹导出为 CSV…</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>已打开 {path}</translation>
    </message>
    <message>
        <source>Cannot save session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>This exploration has unsaved changes. Save them first?</source>
        <translation>这次探索有未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <source>No trajectories</source>
        <translation>没有轨迹</translation>
    </message>
    <message>
        <source>There are no optimizer runs to export yet.</source>
        <translation>还没有可导出的优化器运行。</translation>
    </message>
    <message>
        <source>Export trajectories</source>
        <translation>导出轨迹</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>there is nothing to save yet: apply a formula first</source>
        <translation>还没有可保存的内容：请先应用一个公式</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>its window cannot be shown: {reason}</source>
        <translation>无法显示其显示范围：{reason}</translation>
    </message>
    <message>
        <source>the x range</source>
        <translation>x 范围</translation>
    </message>
    <message>
        <source>the y range</source>
        <translation>y 范围</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>Slice</name>
    <message>
        <source>the results hold no runs</source>
        <translation>结果中没有任何运行</translation>
    </message>
    <message>
        <source>runs_requested must be 1 to {most}, not {runs}</source>
        <translation>runs_requested 必须在 1 到 {most} 之间，而不是 {runs}</translation>
    </message>
    <message>
        <source>run {run}&apos;s parameters or eigenvalues do not fit the {network} network</source>
        <translation>运行 {run} 的参数或特征值与 {network} 网络不符</translation>
    </message>
    <message>
        <source>run {run} has a number that is not finite</source>
        <translation>运行 {run} 中有一个不是有限数的数值</translation>
    </message>
    <message>
        <source>{name}: the network has {count} eigenvalues, eig:0 to eig:{last}</source>
        <translation>{name}：该网络有 {count} 个特征值，eig:0 到 eig:{last}</translation>
    </message>
    <message>
        <source>unknown direction {name}: use eig-min, eig-max, eig:K or random:SEED</source>
        <translation>未知的方向 {name}：请用 eig-min、eig-max、eig:K 或 random:SEED</translation>
    </message>
    <message>
        <source>the two directions are parallel; choose another</source>
        <translation>两个方向平行；请换一个</translation>
    </message>
    <message>
        <source>the directions {first},{second} are the same; choose two different ones</source>
        <translation>方向 {first},{second} 相同；请选两个不同的方向</translation>
    </message>
    <message>
        <source>the results&apos; network: {problem}</source>
        <translation>结果中的网络：{problem}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>no run {run} in the results (runs: {known})</source>
        <translation>结果中没有运行 {run}（现有运行：{known}）</translation>
    </message>
    <message>
        <source>the results&apos; {network} network has {count} parameters; at most {most}</source>
        <translation>结果中的 {network} 网络有 {count} 个参数；最多 {most} 个</translation>
    </message>
    <message>
        <source>run {run}&apos;s parameters or data do not fit the {network} network</source>
        <translation>运行 {run} 的参数或数据与 {network} 网络不符</translation>
    </message>
    <message>
        <source>the results&apos; data: {problem}</source>
        <translation>结果中的数据：{problem}</translation>
    </message>
    <message>
        <source>not an experiment&apos;s results (no {what})</source>
        <translation>不是实验的结果（没有 {what}）</translation>
    </message>
    <message>
        <source>the Hessian at run {run} cannot be computed (its numbers overflow)</source>
        <translation>无法计算运行 {run} 处的海森矩阵（数值溢出）</translation>
    </message>
</context>
<context>
    <name>SliceLandscape</name>
    <message>
        <source>Computing the slice&apos;s landscape on {n}² points…</source>
        <translation>正在 {n}² 个点上计算切片的地形…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Network slice</source>
        <translation>网络切片</translation>
    </message>
</context>
<context>
    <name>SpectrumPlot</name>
    <message>
        <source>Eigenvalues of H (ascending)</source>
        <translation>H 的特征值（由小到大）</translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <source>both λ &gt; 0 (convex)</source>
        <translation>两个 λ &gt; 0（凸）</translation>
    </message>
    <message>
        <source>both λ &lt; 0 (concave)</source>
        <translation>两个 λ &lt; 0（凹）</translation>
    </message>
    <message>
        <source>mixed signs (saddle-shaped)</source>
        <translation>符号相反（鞍点形）</translation>
    </message>
    <message>
        <source>flat (λ ≈ 0)</source>
        <translation>平坦（λ ≈ 0）</translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <source>Left drag: orbit · wheel: zoom · middle drag: pan · click: select (snaps to a critical point&apos;s marker) · Ctrl+0: reset the camera</source>
        <translation>左键拖动：环绕 · 滚轮：缩放 · 中键拖动：平移 · 单击：选择（吸附到临界点的标记） · Ctrl+0：重置相机</translation>
    </message>
    <message>
        <source>no critical points in view</source>
        <translation>视图中没有临界点</translation>
    </message>
    <message>
        <source>too many critical points: zoom in</source>
        <translation>临界点太多：请放大</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>{what} must be a number, got {text}</source>
        <translation>{what} 必须是数字，收到的是 {text}</translation>
    </message>
    <message>
        <source>{what} must be a finite number, got {text}</source>
        <translation>{what} 必须是有限的数字，收到的是 {text}</translation>
    </message>
    <message>
        <source>{option} must be from {low} to {high}{unit}, got {text}</source>
        <translation>{option} 必须在 {low} 到 {high}{unit} 之间，收到的是 {text}</translation>
    </message>
    <message>
        <source>{option} needs two numbers like {a},{b} (e.g. {option}=-1.5,2), got {text}</source>
        <translation>{option} 需要两个数字，形如 {a},{b}（例如 {option}=-1.5,2），收到的是 {text}</translation>
    </message>
    <message>
        <source>{option} needs WIDTHxHEIGHT in pixels, like 1920x1080; got {text}</source>
        <translation>{option} 需要以像素为单位的 宽x高，例如 1920x1080；收到的是 {text}</translation>
    </message>
    <message>
        <source>{option} must be {low} to {high} pixels per side; got {width}x{height}</source>
        <translation>{option} 每边必须为 {low} 到 {high} 像素；收到的是 {width}x{height}</translation>
    </message>
    <message>
        <source>{option} must be a whole number from {low} to {high}, got {text}</source>
        <translation>{option} 必须是 {low} 到 {high} 之间的整数，收到的是 {text}</translation>
    </message>
    <message>
        <source>{option} needs two names like x,y, got {text}</source>
        <translation>{option} 需要两个名称，例如 x,y，收到的是 {text}</translation>
    </message>
    <message>
        <source>{what} needs NAME=VALUE (e.g. {example}), got {piece}</source>
        <translation>{what} 需要 名称=数值（例如 {example}），收到的是 {piece}</translation>
    </message>
    <message>
        <source>{what} {name} must be a number, got {value}</source>
        <translation>{what} {name} 必须是数字，收到的是 {value}</translation>
    </message>
    <message>
        <source>{what} {name} must be a finite number, got {value}</source>
        <translation>{what} {name} 必须是有限的数字，收到的是 {value}</translation>
    </message>
</context>
<context>
    <name>WindowControls</name>
    <message>
        <source>smallest x shown</source>
        <translation>显示的最小 x</translation>
    </message>
    <message>
        <source>largest x shown</source>
        <translation>显示的最大 x</translation>
    </message>
    <message>
        <source>smallest y shown</source>
        <translation>显示的最小 y</translation>
    </message>
    <message>
        <source>largest y shown</source>
        <translation>显示的最大 y</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Grid points per axis for the surface, contours and curvature map</source>
        <translation>曲面、等高线和曲率图每个轴上的网格点数</translation>
    </message>
    <message>
        <source>Reset window</source>
        <translation>重置显示范围</translation>
    </message>
    <message>
        <source>Back to the preset&apos;s window and the 3-D camera&apos;s starting view (Ctrl+0)</source>
        <translation>回到预设的显示范围和三维相机的初始视角（Ctrl+0）</translation>
    </message>
    <message>
        <source>z-scale</source>
        <translation>z 缩放</translation>
    </message>
    <message>
        <source>Vertical exaggeration of the 3-D surface</source>
        <translation>三维曲面的纵向放大倍数</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>minimum</source>
        <translation>局部最小值</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>局部最大值</translation>
    </message>
    <message>
        <source>saddle</source>
        <translation>鞍点</translation>
    </message>
    <message>
        <source>not critical</source>
        <translation>非临界点</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>无法判定</translation>
    </message>
    <message>
        <source>moving</source>
        <translation>仍在移动</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>无定义</translation>
    </message>
    <message>
        <source>curve</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>point</source>
        <translation>点</translation>
    </message>
    <message>
        <source>degenerate</source>
        <translation>退化</translation>
    </message>
</context>
</TS>
