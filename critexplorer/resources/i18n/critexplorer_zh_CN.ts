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
        <source>wrote {out} ({details})</source>
        <translation>已写入 {out}（{details}）</translation>
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
    <name>Shortcuts</name>
    <message>
        <source> or </source>
        <translation> 或 </translation>
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
