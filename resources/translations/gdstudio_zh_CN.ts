<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CompareTab</name>
    <message>
        <source>fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>preset races</source>
        <translation>预设竞赛</translation>
    </message>
    <message>
        <source>Preset races…</source>
        <translation>预设竞赛…</translation>
    </message>
    <message>
        <source>A race to start from: it sets the Function tab&apos;s f and start and the race&apos;s runs</source>
        <translation>用作起点的竞赛：它会设置“函数”选项卡的 f 和起点，以及竞赛的各个运行</translation>
    </message>
    <message>
        <source>the race&apos;s runs, one a row</source>
        <translation>竞赛的各个运行，每行一个</translation>
    </message>
    <message>
        <source>step size</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>σ: the run&apos;s updates use ∇f + σξ, ξ standard normal (run i&apos;s noise seeded with i); 0 for the plain run</source>
        <translation>σ：该运行的更新使用 ∇f + σξ，ξ 服从标准正态分布（第 i 个运行的噪声以 i 为种子）；无噪声的运行为 0</translation>
    </message>
    <message>
        <source>the run&apos;s step size α: the fixed γ, or a line search that starts each step at α₀ = γ (backtracking until f falls enough, a strong-Wolfe search, or the minimiser along the direction); for gradient descent, Newton, BFGS, L-BFGS and conjugate gradients</source>
        <translation>该运行的步长 α：固定的 γ，或每步从 α₀ = γ 开始的线搜索（回溯直到 f 下降足够、强 Wolfe 搜索，或沿该方向的最小点）；适用于梯度下降、Newton、BFGS、L-BFGS 和共轭梯度</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <source>Race as animated GIF</source>
        <translation>竞赛 GIF 动画</translation>
    </message>
    <message>
        <source>Race as MP4 video</source>
        <translation>竞赛 MP4 视频</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Export race as an animation</source>
        <translation>将竞赛导出为动画</translation>
    </message>
    <message>
        <source>Log-scale loss</source>
        <translation>对数刻度损失</translation>
    </message>
    <message>
        <source>Take function and start from the Function tab</source>
        <translation>从“函数”选项卡获取函数和起点</translation>
    </message>
    <message>
        <source>Race: runs side by side</source>
        <translation>竞赛：运行并排比较</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>start x, y</source>
        <translation>起点 x, y</translation>
    </message>
    <message>
        <source>the run&apos;s colour: click to choose another</source>
        <translation>运行的颜色：点击以选择其他颜色</translation>
    </message>
    <message>
        <source>Click the contour to move the start of the selected runs (of all, when none is selected).</source>
        <translation>点击等高线以移动所选运行的起点（未选择任何运行时移动全部运行的起点）。</translation>
    </message>
    <message>
        <source>Add run</source>
        <translation>添加运行</translation>
    </message>
    <message>
        <source>Remove run</source>
        <translation>移除运行</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Race playback</source>
        <translation>竞赛播放</translation>
    </message>
    <message>
        <source>Export race as GIF or MP4…</source>
        <translation>将竞赛导出为 GIF 或 MP4…</translation>
    </message>
    <message>
        <source>log-scale loss</source>
        <translation>对数刻度损失</translation>
    </message>
    <message>
        <source>What each run carries</source>
        <translation>各运行携带的状态</translation>
    </message>
    <message>
        <source>What each optimizer carries into its next step. velocity b: the momentum buffer the next step carries in; 1/(√v + ε): the factor by which an adaptive optimizer divides each coordinate of its step; Δw: the next step itself. The white arrows on the contour are −γb where the optimizer has a velocity (momentum, Nesterov) and Δw for the adaptive ones (AdaGrad, RMSProp, Adam). For a run with a line search, or Newton, BFGS, L-BFGS and conjugate gradients, the arrow is the next direction d times the first step size the search will try, α₀.</source>
        <translation>每个优化器带入下一步的内容。速度 b：下一步带入的动量缓冲；1/(√v + ε)：自适应优化器用来除其步的每个坐标的因子；Δw：下一步本身。等高线上的白色箭头：对有速度的优化器（动量、Nesterov）为 −γb，对自适应优化器（AdaGrad、RMSProp、Adam）为 Δw。对于使用线搜索的运行，以及 Newton、BFGS、L-BFGS 和共轭梯度，箭头是下一个方向 d 乘以搜索将尝试的第一个步长 α₀。</translation>
    </message>
    <message>
        <source>How many times each run has evaluated f, its gradient ∇f and its Hessian H: a line search tries several step sizes a step, so a fair race compares evaluations, not steps.</source>
        <translation>每个运行对 f、其梯度 ∇f 及其黑塞矩阵 H 的求值次数：线搜索每步会尝试多个步长，因此公平的竞赛应比较求值次数，而不是步数。</translation>
    </message>
    <message>
        <source>Sweep: which γ works?</source>
        <translation>扫描：哪个 γ 有效？</translation>
    </message>
    <message>
        <source>smallest γ</source>
        <translation>最小 γ</translation>
    </message>
    <message>
        <source>largest γ</source>
        <translation>最大 γ</translation>
    </message>
    <message>
        <source>values</source>
        <translation>取值个数</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>运行扫描</translation>
    </message>
    <message>
        <source>Uses the Function tab&apos;s optimizer, start, step limit and tolerance. Click a point to use its γ.</source>
        <translation>使用“函数”选项卡的优化器、起点、步数上限和容差。点击一个点即可使用其 γ。</translation>
    </message>
    <message>
        <source>contour of f(x, y) with the race&apos;s paths</source>
        <translation>f(x, y) 的等高线及竞赛的路径</translation>
    </message>
    <message>
        <source>loss of each run of the race against the step t</source>
        <translation>竞赛中每个运行的损失随步 t 的变化</translation>
    </message>
    <message>
        <source>the sweep&apos;s final loss against γ</source>
        <translation>扫描的最终损失随 γ 的变化</translation>
    </message>
    <message>
        <source>the sweep&apos;s steps to converge against γ</source>
        <translation>扫描的收敛步数随 γ 的变化</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>the run&apos;s optimizer</source>
        <translation>运行的优化器</translation>
    </message>
    <message>
        <source>the run&apos;s step size: the fixed γ, or a line search starting at α₀ = γ</source>
        <translation>运行的步长：固定的 γ，或从 α₀ = γ 开始的线搜索</translation>
    </message>
    <message>
        <source>the run&apos;s step size</source>
        <translation>运行的步长</translation>
    </message>
    <message>
        <source>the run&apos;s learning rate γ</source>
        <translation>运行的学习率 γ</translation>
    </message>
    <message>
        <source>the run&apos;s start x, y</source>
        <translation>运行的起点 x, y</translation>
    </message>
    <message>
        <source>choose this run&apos;s colour</source>
        <translation>选择此运行的颜色</translation>
    </message>
    <message>
        <source>the run&apos;s colour</source>
        <translation>运行的颜色</translation>
    </message>
    <message>
        <source>σ of the gradient noise: the run&apos;s updates use ∇f + σξ (fixed-γ optimizers only)</source>
        <translation>梯度噪声的 σ：该运行的更新使用 ∇f + σξ（仅限固定 γ 的优化器）</translation>
    </message>
    <message>
        <source>the run&apos;s gradient noise σ</source>
        <translation>运行的梯度噪声 σ</translation>
    </message>
    <message>
        <source>Gradient noise pairs with the fixed-γ optimizers: a line search or a direction needs the true gradient.</source>
        <translation>梯度噪声只适用于固定 γ 的优化器：线搜索或方向需要真实的梯度。</translation>
    </message>
    <message>
        <source>A race takes at most {count} runs here.</source>
        <translation>此处一场竞赛最多包含 {count} 个运行。</translation>
    </message>
    <message>
        <source>A race needs at least one run.</source>
        <translation>一场竞赛至少需要一个运行。</translation>
    </message>
    <message>
        <source>A start point must lie between {low} and {high}.</source>
        <translation>起点必须位于 {low} 与 {high} 之间。</translation>
    </message>
    <message>
        <source>Run colour</source>
        <translation>运行的颜色</translation>
    </message>
    <message>
        <source>The function changed: run the sweep again for the new one.</source>
        <translation>函数已更改：请为新函数重新运行扫描。</translation>
    </message>
    <message>
        <source>f(x, y) = {function}. The sweep uses the Function tab&apos;s start ({start}) and optimizer ({optimizer}).</source>
        <translation>f(x, y) = {function}。扫描使用“函数”选项卡的起点（{start}）和优化器（{optimizer}）。</translation>
    </message>
    <message>
        <source>The race starts again from t = 0: replaying its {steps} steps would take too long.</source>
        <translation>竞赛从 t = 0 重新开始：重放其 {steps} 步耗时过长。</translation>
    </message>
    <message>
        <source>Play continues the race from its latest step, t = {t}.</source>
        <translation>播放将从竞赛的最新一步 t = {t} 继续。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Every run has stopped: press Reset (R) to race again.</source>
        <translation>所有运行均已停止：按“重置”(R) 重新开始竞赛。</translation>
    </message>
    <message>
        <source>stopped by an error</source>
        <translation>因错误而停止</translation>
    </message>
    <message>
        <source>the race&apos;s paths on the contour of f(x, y): {runs}</source>
        <translation>竞赛各运行在 f(x, y) 等高线上的路径：{runs}</translation>
    </message>
    <message>
        <source>loss of each run against the step t: {runs}</source>
        <translation>各运行的损失随步数 t 的变化：{runs}</translation>
    </message>
    <message>
        <source>&lt;i&gt;At the latest step, t = {latest} (the timeline shows t = {shown}):&lt;/i&gt;</source>
        <translation>&lt;i&gt;最新一步 t = {latest}（时间轴显示 t = {shown}）：&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evaluations&lt;/b&gt; (the cost of a step with a line search):</source>
        <translation>&lt;b&gt;求值次数&lt;/b&gt;（使用线搜索时每步的代价）：</translation>
    </message>
    <message>
        <source>Cancel sweep</source>
        <translation>取消扫描</translation>
    </message>
    <message>
        <source>Sweep cancelled.</source>
        <translation>扫描已取消。</translation>
    </message>
    <message>
        <source>The smallest γ must be below the largest.</source>
        <translation>最小 γ 必须小于最大 γ。</translation>
    </message>
    <message>
        <source>Running {count} learning rates in lockstep…</source>
        <translation>正在同步运行 {count} 个学习率…</translation>
    </message>
    <message>
        <source>{summary}.
The curvature at ({point}): {note}</source>
        <translation>{summary}。
({point}) 处的曲率：{note}</translation>
    </message>
</context>
<context>
    <name>ContourPlot</name>
    <message>
        <source>contour of f(x, y) with the descent path</source>
        <translation>f(x, y) 的等高线及下降路径</translation>
    </message>
</context>
<context>
    <name>DataPlot</name>
    <message>
        <source>the data with the network&apos;s output</source>
        <translation>数据与网络的输出</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>{target} (points), f_w (field)</source>
        <translation>{target}（点），f_w（场）</translation>
    </message>
</context>
<context>
    <name>Descent</name>
    <message>
        <source>the start point must be finite numbers</source>
        <translation>起点必须是有限数</translation>
    </message>
    <message>
        <source>the learning rate must be a positive number, not {value}</source>
        <translation>学习率必须是正数，而不是 {value}</translation>
    </message>
    <message>
        <source>the step limit must be a whole number from 0 to {limit}</source>
        <translation>步数上限必须是 0 到 {limit} 之间的整数</translation>
    </message>
    <message>
        <source>the tolerance must be a number ≥ 0</source>
        <translation>容差必须是 ≥ 0 的数</translation>
    </message>
    <message>
        <source>the gradient noise σ must be a number</source>
        <translation>梯度噪声 σ 必须是数</translation>
    </message>
    <message>
        <source>the gradient noise σ must be a finite number ≥ 0, not {value}</source>
        <translation>梯度噪声 σ 必须是 ≥ 0 的有限数，而不是 {value}</translation>
    </message>
    <message>
        <source>the noise seed must be a whole number ≥ 0, not {value}</source>
        <translation>噪声种子必须是 ≥ 0 的整数，而不是 {value}</translation>
    </message>
    <message>
        <source>gradient noise pairs with the fixed-γ rules: a line search or a second-order direction needs the true gradient</source>
        <translation>梯度噪声只适用于固定 γ 的规则：线搜索或二阶方向需要真实梯度</translation>
    </message>
    <message>
        <source>{optimizer} makes its whole step with the fixed γ: a line search pairs with a direction ({directions})</source>
        <translation>{optimizer} 以固定的 γ 完成整步：线搜索需与方向配合（{directions}）</translation>
    </message>
    <message>
        <source>{optimizer} needs the Hessian of f, which only a typed function f(x, y) has</source>
        <translation>{optimizer} 需要 f 的黑塞矩阵，只有输入的函数 f(x, y) 才有</translation>
    </message>
    <message>
        <source>restart: d was not a descent direction (∇fᵀd = {slope} ≥ 0), so d = −∇f</source>
        <translation>重启：d 不是下降方向（∇fᵀd = {slope} ≥ 0），因此 d = −∇f</translation>
    </message>
    <message>
        <source>d is not a descent direction ({reason})</source>
        <translation>d 不是下降方向（{reason}）</translation>
    </message>
</context>
<context>
    <name>Directions</name>
    <message>
        <source>BFGS update skipped: yᵀs = {curvature} ≤ 0 (no positive curvature along the step)</source>
        <translation>跳过 BFGS 更新：yᵀs = {curvature} ≤ 0（沿该步没有正曲率）</translation>
    </message>
    <message>
        <source>the memory m must be a whole number, not {value}</source>
        <translation>记忆长度 m 必须是整数，而不是 {value}</translation>
    </message>
    <message>
        <source>pair not stored: yᵀs = {curvature} ≤ 10⁻¹⁰</source>
        <translation>未存储该对：yᵀs = {curvature} ≤ 10⁻¹⁰</translation>
    </message>
    <message>
        <source>restart: −∇f + βd_prev (β = {beta}) is not a descent direction, so d = −∇f</source>
        <translation>重启：−∇f + βd_prev（β = {beta}）不是下降方向，因此 d = −∇f</translation>
    </message>
    <message>
        <source>the Hessian is not a number here</source>
        <translation>此处黑塞矩阵不是数</translation>
    </message>
    <message>
        <source>H is singular (eigenvalues {eigenvalues}): modified Newton uses max(|λ|, δ) = {used}, so d points downhill</source>
        <translation>H 是奇异的（特征值 {eigenvalues}）：修正牛顿法使用 max(|λ|, δ) = {used}，使 d 指向下坡</translation>
    </message>
    <message>
        <source>H is not positive definite (eigenvalues {eigenvalues}): modified Newton uses max(|λ|, δ) = {used}, so d points downhill</source>
        <translation>H 不是正定的（特征值 {eigenvalues}）：修正牛顿法使用 max(|λ|, δ) = {used}，使 d 指向下坡</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>no acceptable step size was found</source>
        <translation>未找到可接受的步长</translation>
    </message>
    <message>
        <source>the line search failed at step {step}: {note}</source>
        <translation>线搜索在第 {step} 步失败：{note}</translation>
    </message>
    <message>
        <source>d is not a descent direction</source>
        <translation>d 不是下降方向</translation>
    </message>
    <message>
        <source>stopped before step {step}: {note}</source>
        <translation>在第 {step} 步之前停止：{note}</translation>
    </message>
    <message>
        <source>{reason}, at the start</source>
        <translation>{reason}，在起点</translation>
    </message>
    <message>
        <source>{reason}, at step {step}</source>
        <translation>{reason}，在第 {step} 步</translation>
    </message>
    <message>
        <source>undefined at the start: f or ∇f is not a real number there</source>
        <translation>在起点无定义：f 或 ∇f 在该处不是实数</translation>
    </message>
    <message>
        <source>undefined at step {step}: f or ∇f is not a real number there</source>
        <translation>在第 {step} 步无定义：f 或 ∇f 在该处不是实数</translation>
    </message>
    <message>
        <source>converged at step {step}: the gradient is all but zero (‖∇f‖ = {norm} &lt; {tolerance}) — but this is a saddle point, not a minimum</source>
        <translation>在第 {step} 步已收敛：梯度几乎为零（‖∇f‖ = {norm} &lt; {tolerance}）——但这是鞍点，不是极小值</translation>
    </message>
    <message>
        <source>converged at step {step}: the gradient is all but zero (‖∇f‖ = {norm} &lt; {tolerance}) — but this is a maximum</source>
        <translation>在第 {step} 步已收敛：梯度几乎为零（‖∇f‖ = {norm} &lt; {tolerance}）——但这是极大值</translation>
    </message>
    <message>
        <source>converged at step {step}: the gradient is all but zero (‖∇f‖ = {norm} &lt; {tolerance}) — the surface is flat here, it may not be a minimum</source>
        <translation>在第 {step} 步已收敛：梯度几乎为零（‖∇f‖ = {norm} &lt; {tolerance}）——此处曲面平坦，可能不是极小值</translation>
    </message>
    <message>
        <source>converged at step {step}: the gradient is all but zero (‖∇f‖ = {norm} &lt; {tolerance}): a local minimum</source>
        <translation>在第 {step} 步已收敛：梯度几乎为零（‖∇f‖ = {norm} &lt; {tolerance}）：局部极小值</translation>
    </message>
    <message>
        <source>converged at step {step}: the gradient is all but zero (‖∇f‖ = {norm} &lt; {tolerance})</source>
        <translation>在第 {step} 步已收敛：梯度几乎为零（‖∇f‖ = {norm} &lt; {tolerance}）</translation>
    </message>
    <message>
        <source>stopped at the step limit ({limit} steps) before the gradient reached zero (‖∇f‖ = {norm})</source>
        <translation>在步数上限（{limit} 步）处停止，梯度尚未降到零（‖∇f‖ = {norm}）</translation>
    </message>
    <message>
        <source>diverged at step {step}: f decreases without bound in this direction (no minimum there)</source>
        <translation>在第 {step} 步已发散：f 沿此方向无界下降（那里没有极小值）</translation>
    </message>
    <message>
        <source>diverged at step {step}: γ too large, the steps overshoot and grow</source>
        <translation>在第 {step} 步已发散：γ 过大，步子越过目标并不断增大</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>ready: press Play or Step</source>
        <translation>就绪：请按“播放”或“单步”</translation>
    </message>
    <message>
        <source>paused at step {step}</source>
        <translation>暂停于第 {step} 步</translation>
    </message>
</context>
<context>
    <name>ExportAnimation</name>
    <message>
        <source>GIF export needs Pillow, the optional &apos;animation&apos; extra: pip install &apos;gdstudio[animation]&apos;</source>
        <translation>GIF 导出需要 Pillow，即可选的 &apos;animation&apos; 扩展：pip install &apos;gdstudio[animation]&apos;</translation>
    </message>
    <message>
        <source>MP4 export needs imageio-ffmpeg, the optional &apos;video&apos; extra: pip install &apos;gdstudio[video]&apos;</source>
        <translation>MP4 导出需要 imageio-ffmpeg，即可选的 &apos;video&apos; 扩展：pip install &apos;gdstudio[video]&apos;</translation>
    </message>
    <message>
        <source>animated GIF</source>
        <translation>动画 GIF</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>MP4 视频</translation>
    </message>
    <message>
        <source>animation</source>
        <translation>动画</translation>
    </message>
    <message>
        <source>an animation is written as .gif or .mp4, not a file without a suffix</source>
        <translation>动画只能写为 .gif 或 .mp4，而不能是没有后缀的文件</translation>
    </message>
    <message>
        <source>an animation is written as .gif or .mp4, not {suffix}</source>
        <translation>动画只能写为 .gif 或 .mp4，而不能是 {suffix}</translation>
    </message>
    <message>
        <source>a GIF frame must be an image or a (height, width, 3 or 4) array of bytes</source>
        <translation>GIF 帧必须是图像或形状为 (高, 宽, 3 或 4) 的字节数组</translation>
    </message>
    <message>
        <source>the frame duration must be positive</source>
        <translation>帧时长必须为正数</translation>
    </message>
    <message>
        <source>an animation has at most {count} frames</source>
        <translation>动画最多只能有 {count} 帧</translation>
    </message>
    <message>
        <source>frame {frame} is {width}×{height}, not {first_width}×{first_height} like the first</source>
        <translation>第 {frame} 帧为 {width}×{height}，而不是与第一帧相同的 {first_width}×{first_height}</translation>
    </message>
    <message>
        <source>an animation needs at least one frame</source>
        <translation>动画至少需要一帧</translation>
    </message>
    <message>
        <source>a video frame must be an image or a (height, width, 3 or 4) array of bytes</source>
        <translation>视频帧必须是图像或形状为 (高, 宽, 3 或 4) 的字节数组</translation>
    </message>
    <message>
        <source>a video frame must be at least 2×2 pixels</source>
        <translation>视频帧至少须为 2×2 像素</translation>
    </message>
    <message>
        <source>cannot write the video: {error}</source>
        <translation>无法写入视频：{error}</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>cannot write {target}: the folder {folder} does not exist</source>
        <translation>无法写入 {target}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>cannot write {target}: {folder} is a file, not a folder</source>
        <translation>无法写入 {target}：{folder} 是文件，不是文件夹</translation>
    </message>
    <message>
        <source>cannot write {target}: it is a folder</source>
        <translation>无法写入 {target}：它是一个文件夹</translation>
    </message>
    <message>
        <source>cannot write {target}: {reason}</source>
        <translation>无法写入 {target}：{reason}</translation>
    </message>
    <message>
        <source>cannot write {target}: nothing was produced</source>
        <translation>无法写入 {target}：未生成任何内容</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>no permission to write in the folder {folder}</source>
        <translation>没有在文件夹 {folder} 中写入的权限</translation>
    </message>
    <message>
        <source>the folder {folder} is on a read-only disk</source>
        <translation>文件夹 {folder} 位于只读磁盘上</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <source>the folder {folder} does not take new files ({reason})</source>
        <translation>文件夹 {folder} 不接受新文件（{reason}）</translation>
    </message>
    <message>
        <source>cannot write a temporary file in {folder}: {reason}</source>
        <translation>无法在 {folder} 中写入临时文件：{reason}</translation>
    </message>
</context>
<context>
    <name>FunctionCurvature</name>
    <message>
        <source>the Hessian is not defined here (f or its derivatives are not finite)</source>
        <translation>此处黑塞矩阵无定义（f 或其导数不是有限值）</translation>
    </message>
    <message>
        <source>positive definite (λ = {low} … {high}): gradient descent is stable for γ &lt; 2/λ_max = {max_stable}, fastest at γ = 2/(λ_min + λ_max) = {best}</source>
        <translation>正定（λ = {low} … {high}）：当 γ &lt; 2/λ_max = {max_stable} 时梯度下降稳定，γ = 2/(λ_min + λ_max) = {best} 时最快</translation>
    </message>
    <message>
        <source>a maximum: every eigenvalue of the Hessian is negative, f curves down in every direction, so no γ is stable here</source>
        <translation>极大值：黑塞矩阵的所有特征值均为负，f 在每个方向上都向下弯曲，因此这里没有任何 γ 是稳定的</translation>
    </message>
    <message>
        <source>a saddle: the Hessian has a negative eigenvalue (λ = {low}), so f curves down along one direction and gradient descent moves away along it for every γ</source>
        <translation>鞍点：黑塞矩阵有一个负特征值（λ = {low}），因此 f 沿某一方向向下弯曲，对任何 γ 梯度下降都会沿该方向远离</translation>
    </message>
    <message>
        <source>not strictly convex here: an eigenvalue of the Hessian is zero, so f is flat along one direction and 2/λ_max alone does not decide convergence</source>
        <translation>此处不是严格凸的：黑塞矩阵有一个特征值为零，因此 f 沿某一方向是平的，仅凭 2/λ_max 无法判断是否收敛</translation>
    </message>
</context>
<context>
    <name>FunctionDomain</name>
    <message>
        <source>{part} is too large for a float at {point}: {operation}</source>
        <translation>{part} 在 {point} 处超出浮点数范围：{operation}</translation>
    </message>
    <message>
        <source>∇f is undefined at {point}: {operation}</source>
        <translation>∇f 在 {point} 处无定义：{operation}</translation>
    </message>
    <message>
        <source>undefined at {point}: {operation}</source>
        <translation>在 {point} 处无定义：{operation}</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>除以零</translation>
    </message>
    <message>
        <source>0 raised to a negative power (0^{exponent})</source>
        <translation>0 的负数次幂（0^{exponent}）</translation>
    </message>
    <message>
        <source>sqrt of a negative number ({value})</source>
        <translation>负数的 sqrt（{value}）</translation>
    </message>
    <message>
        <source>a negative number to a fractional power ({power})</source>
        <translation>负数的分数次幂（{power}）</translation>
    </message>
    <message>
        <source>{value} is larger than the largest float (1.8e308)</source>
        <translation>{value} 大于最大的浮点数（1.8e308）</translation>
    </message>
    <message>
        <source>log of a non-positive number ({value})</source>
        <translation>非正数的 log（{value}）</translation>
    </message>
    <message>
        <source>{function} of a number outside [−1, 1] ({value})</source>
        <translation>[−1, 1] 之外的数的 {function}（{value}）</translation>
    </message>
    <message>
        <source>a sum larger than the largest float (1.8e308)</source>
        <translation>一个大于最大浮点数（1.8e308）的和</translation>
    </message>
    <message>
        <source>a product larger than the largest float (1.8e308)</source>
        <translation>一个大于最大浮点数（1.8e308）的积</translation>
    </message>
    <message>
        <source>the derivative of sqrt at 0 is infinite</source>
        <translation>sqrt 在 0 处的导数为无穷大</translation>
    </message>
    <message>
        <source>the derivative of u^{exponent} at u = 0 is infinite</source>
        <translation>u^{exponent} 在 u = 0 处的导数为无穷大</translation>
    </message>
    <message>
        <source>the derivative of {function} at {value} is infinite</source>
        <translation>{function} 在 {value} 处的导数为无穷大</translation>
    </message>
    <message>
        <source>f is not a real number there</source>
        <translation>f 在该处不是实数</translation>
    </message>
    <message>
        <source>it is not a real number there</source>
        <translation>它在该处不是实数</translation>
    </message>
</context>
<context>
    <name>FunctionLanguage</name>
    <message>
        <source>write log(...) for the natural logarithm</source>
        <translation>自然对数请写 log(...)</translation>
    </message>
    <message>
        <source>write asin(...)</source>
        <translation>请写 asin(...)</translation>
    </message>
    <message>
        <source>write acos(...)</source>
        <translation>请写 acos(...)</translation>
    </message>
    <message>
        <source>write atan(...)</source>
        <translation>请写 atan(...)</translation>
    </message>
    <message>
        <source>write 2^(...)</source>
        <translation>请写 2^(...)</translation>
    </message>
    <message>
        <source>complex numbers are not supported: the function must be real</source>
        <translation>不支持复数：函数必须是实函数</translation>
    </message>
    <message>
        <source>the variables are x and y</source>
        <translation>变量为 x 和 y</translation>
    </message>
    <message>
        <source>variable names are lower case: x</source>
        <translation>变量名为小写：x</translation>
    </message>
    <message>
        <source>variable names are lower case: y</source>
        <translation>变量名为小写：y</translation>
    </message>
    <message>
        <source>write pi</source>
        <translation>请写 pi</translation>
    </message>
    <message>
        <source>text in quotes is not allowed</source>
        <translation>不允许使用引号中的文本</translation>
    </message>
    <message>
        <source>square brackets are not allowed: use ( )</source>
        <translation>不允许使用方括号：请使用 ( )</translation>
    </message>
    <message>
        <source>braces are not allowed: use ( )</source>
        <translation>不允许使用花括号：请使用 ( )</translation>
    </message>
    <message>
        <source>attribute access is not allowed</source>
        <translation>不允许访问属性</translation>
    </message>
    <message>
        <source>write only the right-hand side, f(x, y) = ... without &apos;f(x, y) =&apos;</source>
        <translation>只写右侧，即 f(x, y) = ... 中不含 &apos;f(x, y) =&apos; 的部分</translation>
    </message>
    <message>
        <source>comparisons are not allowed</source>
        <translation>不允许使用比较</translation>
    </message>
    <message>
        <source>&apos;!&apos; is not allowed</source>
        <translation>不允许使用 &apos;!&apos;</translation>
    </message>
    <message>
        <source>write a single expression</source>
        <translation>请只写一个表达式</translation>
    </message>
    <message>
        <source>backslashes are not allowed</source>
        <translation>不允许使用反斜杠</translation>
    </message>
    <message>
        <source>&apos;%&apos; is not allowed</source>
        <translation>不允许使用 &apos;%&apos;</translation>
    </message>
    <message>
        <source>&apos;@&apos; is not allowed</source>
        <translation>不允许使用 &apos;@&apos;</translation>
    </message>
    <message>
        <source>&apos;&amp;&apos; is not allowed</source>
        <translation>不允许使用 &apos;&amp;&apos;</translation>
    </message>
    <message>
        <source>use abs(...) for an absolute value</source>
        <translation>绝对值请使用 abs(...)</translation>
    </message>
    <message>
        <source>comments are not allowed</source>
        <translation>不允许使用注释</translation>
    </message>
    <message>
        <source>&apos;$&apos; is not allowed</source>
        <translation>不允许使用 &apos;$&apos;</translation>
    </message>
    <message>
        <source>&apos;~&apos; is not allowed</source>
        <translation>不允许使用 &apos;~&apos;</translation>
    </message>
    <message>
        <source>known functions: {names}</source>
        <translation>已知函数：{names}</translation>
    </message>
    <message>
        <source>&apos;{character}&apos; is not allowed: only digits and {minus} can be superscripts, write ^{plain}</source>
        <translation>不允许使用 &apos;{character}&apos;：只有数字和 {minus} 可以作为上标，请写 ^{plain}</translation>
    </message>
    <message>
        <source>&apos;{character}&apos; is not allowed: type {plain}</source>
        <translation>不允许使用 &apos;{character}&apos;：请输入 {plain}</translation>
    </message>
    <message>
        <source>&apos;{character}&apos; is not allowed</source>
        <translation>不允许使用 &apos;{character}&apos;</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; at column {column} is not allowed: write a single formula in x and y</source>
        <translation>第 {column} 列的 &apos;{name}&apos; 不被允许：请只写一个关于 x 和 y 的公式</translation>
    </message>
    <message>
        <source>&apos;{character}&apos; at column {column} must be followed by superscript digits, as in x⁻¹</source>
        <translation>第 {column} 列的 &apos;{character}&apos; 后面必须跟上标数字，例如 x⁻¹</translation>
    </message>
    <message>
        <source>too deeply nested at column {column}: at most {depth} levels of parentheses</source>
        <translation>第 {column} 列嵌套过深：括号最多 {depth} 层</translation>
    </message>
    <message>
        <source>unmatched &apos;)&apos; at column {column}</source>
        <translation>第 {column} 列的 &apos;)&apos; 没有匹配的括号</translation>
    </message>
    <message>
        <source>&apos;{character}&apos; at column {column} is {dash}, not a minus sign: type - or {minus}</source>
        <translation>第 {column} 列的 &apos;{character}&apos; 是{dash}，不是减号：请输入 - 或 {minus}</translation>
    </message>
    <message>
        <source>{reason} (column {column})</source>
        <translation>{reason}（第 {column} 列）</translation>
    </message>
    <message>
        <source>a &apos;(&apos; is never closed: add &apos;)&apos;</source>
        <translation>有一个 &apos;(&apos; 没有闭合：请添加 &apos;)&apos;</translation>
    </message>
    <message>
        <source>the function ends with &apos;{typed}&apos; at column {column}: something is missing after it</source>
        <translation>函数以第 {column} 列的 &apos;{typed}&apos; 结尾：其后缺少内容</translation>
    </message>
    <message>
        <source>{joined} or {product}</source>
        <translation>{joined} 或 {product}</translation>
    </message>
    <message>
        <source>two numbers in a row at column {column}: did you mean {suggestion}?</source>
        <translation>第 {column} 列连续出现两个数：您是想写 {suggestion} 吗？</translation>
    </message>
    <message>
        <source>the exponent &apos;{typed}&apos; at column {column} has nothing before it: write it after a value, as in x²</source>
        <translation>第 {column} 列的指数 &apos;{typed}&apos; 前面没有内容：请写在一个值之后，例如 x²</translation>
    </message>
    <message>
        <source>two exponents in a row at column {column}: write a single exponent, as in x¹⁰</source>
        <translation>第 {column} 列连续出现两个指数：请只写一个指数，例如 x¹⁰</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; at column {column} follows an exponent: use brackets, as in (x²)^3</source>
        <translation>第 {column} 列的 &apos;{typed}&apos; 紧跟在指数之后：请使用括号，例如 (x²)^3</translation>
    </message>
    <message>
        <source>&apos;{root}&apos; must be followed by a number, a name or &apos;(&apos; (column {column}): write {root}(...) around what it covers</source>
        <translation>&apos;{root}&apos; 后面必须跟数字、名称或 &apos;(&apos;（第 {column} 列）：请把它作用的部分写成 {root}(...)</translation>
    </message>
    <message>
        <source>too deeply nested at column {column}: at most {depth} levels of parentheses and roots</source>
        <translation>第 {column} 列嵌套过深：括号和根号最多 {depth} 层</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; at column {column} stands between {function} and its bracket: write {function}(x){typed} for a power of {function}(x)</source>
        <translation>第 {column} 列的 &apos;{typed}&apos; 位于 {function} 与其括号之间：{function}(x) 的幂请写成 {function}(x){typed}</translation>
    </message>
    <message>
        <source>&apos;{function}&apos; at column {column} needs parentheses: write {function}(...)</source>
        <translation>第 {column} 列的 &apos;{function}&apos; 需要括号：请写 {function}(...)</translation>
    </message>
    <message>
        <source>unknown function &apos;{name}&apos; at column {column}: {hint}</source>
        <translation>第 {column} 列的函数 &apos;{name}&apos; 未知：{hint}</translation>
    </message>
    <message>
        <source>a comma outside a function call</source>
        <translation>函数调用之外的逗号</translation>
    </message>
    <message>
        <source>a comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>a lambda</source>
        <translation>lambda</translation>
    </message>
    <message>
        <source>attribute access</source>
        <translation>属性访问</translation>
    </message>
    <message>
        <source>a subscript</source>
        <translation>下标</translation>
    </message>
    <message>
        <source>{message} at column {column}</source>
        <translation>{message}（第 {column} 列）</translation>
    </message>
    <message>
        <source>the expression is too complex</source>
        <translation>表达式过于复杂</translation>
    </message>
    <message>
        <source>only numbers are allowed as constants</source>
        <translation>常量只能是数字</translation>
    </message>
    <message>
        <source>number too large</source>
        <translation>数值过大</translation>
    </message>
    <message>
        <source>&apos;{function}&apos; needs parentheses: write {function}(...)</source>
        <translation>&apos;{function}&apos; 需要括号：请写 {function}(...)</translation>
    </message>
    <message>
        <source>write {product} for a product</source>
        <translation>乘积请写 {product}</translation>
    </message>
    <message>
        <source>unknown name &apos;{name}&apos; at column {column}: {hint}</source>
        <translation>第 {column} 列的名称 &apos;{name}&apos; 未知：{hint}</translation>
    </message>
    <message>
        <source>only + and - may stand before a value</source>
        <translation>值前面只能是 + 或 -</translation>
    </message>
    <message>
        <source>that operator</source>
        <translation>该运算符</translation>
    </message>
    <message>
        <source>{what} is not allowed</source>
        <translation>不允许使用{what}</translation>
    </message>
    <message>
        <source>that</source>
        <translation>该项</translation>
    </message>
    <message>
        <source>{function}(...) takes exactly one argument</source>
        <translation>{function}(...) 只接受一个参数</translation>
    </message>
    <message>
        <source>that kind of expression</source>
        <translation>该类表达式</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>除以零</translation>
    </message>
    <message>
        <source>a negative number to a fractional power is complex</source>
        <translation>负数的分数次幂是复数</translation>
    </message>
    <message>
        <source>exponent too large (at most {limit})</source>
        <translation>指数过大（最多 {limit}）</translation>
    </message>
    <message>
        <source>this constant is not a real number</source>
        <translation>该常量不是实数</translation>
    </message>
    <message>
        <source>the function must be text</source>
        <translation>函数必须是文本</translation>
    </message>
    <message>
        <source>the function is too long: at most {limit} characters</source>
        <translation>函数过长：最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>write the function on one line</source>
        <translation>请将函数写在一行内</translation>
    </message>
    <message>
        <source>type a function of x and y, for example x^2 + x*y + y^2</source>
        <translation>请输入一个关于 x 和 y 的函数，例如 x^2 + x*y + y^2</translation>
    </message>
    <message>
        <source>the function ends too early: something is missing at the end</source>
        <translation>函数结束得太早：末尾缺少内容</translation>
    </message>
    <message>
        <source>syntax error at column {column}: check the operators around it</source>
        <translation>第 {column} 列有语法错误：请检查其附近的运算符</translation>
    </message>
    <message>
        <source>the function takes complex values (a negative number to the power x or y is complex)</source>
        <translation>函数取复数值（负数的 x 次幂或 y 次幂是复数）</translation>
    </message>
    <message>
        <source>the function is not a number (it divides by zero or is infinite)</source>
        <translation>函数不是一个数（它除以零或为无穷大）</translation>
    </message>
    <message>
        <source>the function takes complex values (for example log or sqrt of a negative number)</source>
        <translation>函数取复数值（例如负数的 log 或 sqrt）</translation>
    </message>
    <message>
        <source>the function is constant: it must depend on x or y, or it has no slope to descend</source>
        <translation>函数是常数：它必须依赖于 x 或 y，否则没有可供下降的坡度</translation>
    </message>
</context>
<context>
    <name>FunctionNotation</name>
    <message>
        <source>a hyphen</source>
        <translation>连字符</translation>
    </message>
    <message>
        <source>a non-breaking hyphen</source>
        <translation>不换行连字符</translation>
    </message>
    <message>
        <source>a figure dash</source>
        <translation>数字破折号</translation>
    </message>
    <message>
        <source>an en dash</source>
        <translation>短破折号</translation>
    </message>
    <message>
        <source>an em dash</source>
        <translation>长破折号</translation>
    </message>
    <message>
        <source>a horizontal bar</source>
        <translation>水平线</translation>
    </message>
</context>
<context>
    <name>FunctionPanel</name>
    <message>
        <source>= step limit</source>
        <translation>= 步数上限</translation>
    </message>
    <message>
        <source>{label}: {note} (now {limit})</source>
        <translation>{label}：{note}（当前 {limit}）</translation>
    </message>
    <message>
        <source>Function f(x, y)</source>
        <translation>函数 f(x, y)</translation>
    </message>
    <message>
        <source>function f(x, y)</source>
        <translation>函数 f(x, y)</translation>
    </message>
    <message>
        <source>for example x^2 + x*y + y^2</source>
        <translation>例如 x^2 + x*y + y^2</translation>
    </message>
    <message>
        <source>Type f(x, y): numbers, x, y, pi, e, + − * / ^, and sin cos tan asin acos atan sinh cosh tanh exp log sqrt abs. 2x and 3(x+1) work too.</source>
        <translation>输入 f(x, y)：数字、x、y、pi、e、+ − * / ^，以及 sin cos tan asin acos atan sinh cosh tanh exp log sqrt abs。也可以写 2x 和 3(x+1)。</translation>
    </message>
    <message>
        <source>preset functions</source>
        <translation>预设函数</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>预设…</translation>
    </message>
    <message>
        <source>Descent</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>The step size α of w ← w + αd: the fixed γ, or a line search whose first trial is γ</source>
        <translation>w ← w + αd 中的步长 α：固定的 γ，或以 γ 为首次试探的线搜索</translation>
    </message>
    <message>
        <source>step size rule</source>
        <translation>步长规则</translation>
    </message>
    <message>
        <source>step size α</source>
        <translation>步长 α</translation>
    </message>
    <message>
        <source>sufficient decrease: f(w + αd) ≤ f(w) + c₁α∇fᵀd</source>
        <translation>充分下降：f(w + αd) ≤ f(w) + c₁α∇fᵀd</translation>
    </message>
    <message>
        <source>curvature: |∇f(w + αd)ᵀd| ≤ c₂|∇fᵀd|</source>
        <translation>曲率：|∇f(w + αd)ᵀd| ≤ c₂|∇fᵀd|</translation>
    </message>
    <message>
        <source>backtracking: α ← ρα</source>
        <translation>回溯：α ← ρα</translation>
    </message>
    <message>
        <source>loss against evaluations of f</source>
        <translation>损失随 f 的求值次数</translation>
    </message>
    <message>
        <source>The loss curve&apos;s x axis counts evaluations of f (a line search&apos;s trials too) instead of steps (E)</source>
        <translation>损失曲线的 x 轴按 f 的求值次数（包括线搜索的试探）而不是步数计数（E）</translation>
    </message>
    <message>
        <source>the learning rate γ_t against the step t</source>
        <translation>学习率 γ_t 随步 t 的变化</translation>
    </message>
    <message>
        <source>γ schedule</source>
        <translation>γ 调度</translation>
    </message>
    <message>
        <source>start point x₀</source>
        <translation>起点 x₀</translation>
    </message>
    <message>
        <source>start point y₀</source>
        <translation>起点 y₀</translation>
    </message>
    <message>
        <source>start point {name}; a click on the contour sets the start too</source>
        <translation>起点 {name}；在等高线图上单击也可设置起点</translation>
    </message>
    <message>
        <source>start (x₀, y₀)</source>
        <translation>起点 (x₀, y₀)</translation>
    </message>
    <message>
        <source>σ: each update uses ∇f(w) + σξ, ξ standard normal; 0 is the plain run (fixed-γ optimizers only)</source>
        <translation>σ：每次更新使用 ∇f(w) + σξ，ξ 服从标准正态分布；0 为无噪声运行（仅限固定 γ 的优化器）</translation>
    </message>
    <message>
        <source>gradient noise σ</source>
        <translation>梯度噪声 σ</translation>
    </message>
    <message>
        <source>the seed of the noise ξ: the same seed gives the same run</source>
        <translation>噪声 ξ 的随机种子：相同的种子给出相同的运行</translation>
    </message>
    <message>
        <source>seed of the gradient noise</source>
        <translation>梯度噪声的随机种子</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>the run stops after this many steps</source>
        <translation>运行在这么多步后停止</translation>
    </message>
    <message>
        <source>step limit</source>
        <translation>步数上限</translation>
    </message>
    <message>
        <source>the run has converged when ‖∇f‖ falls below this</source>
        <translation>当 ‖∇f‖ 低于此值时运行已收敛</translation>
    </message>
    <message>
        <source>tolerance ‖∇f‖ &lt;</source>
        <translation>容差 ‖∇f‖ &lt;</translation>
    </message>
    <message>
        <source>Back to the start point (R)</source>
        <translation>回到起点（R）</translation>
    </message>
    <message>
        <source>log-scale loss</source>
        <translation>对数刻度损失</translation>
    </message>
    <message>
        <source>Fit view to path</source>
        <translation>视图适配路径</translation>
    </message>
    <message>
        <source>Curvature at the current point</source>
        <translation>当前点的曲率</translation>
    </message>
    <message>
        <source>This optimizer makes its whole step with the fixed γ: a line search pairs with a direction</source>
        <translation>此优化器以固定的 γ 完成整个步：线搜索需配合方向使用</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
</context>
<context>
    <name>FunctionPresets</name>
    <message>
        <source>Round bowl</source>
        <translation>圆碗</translation>
    </message>
    <message>
        <source>A tilted bowl with ∇f = [2x + y, x + 2y]: any γ below 2/3 reaches the minimum at (0, 0).</source>
        <translation>一个倾斜的碗，∇f = [2x + y, x + 2y]：任何小于 2/3 的 γ 都能到达 (0, 0) 处的最小值。</translation>
    </message>
    <message>
        <source>Elongated bowl</source>
        <translation>狭长碗</translation>
    </message>
    <message>
        <source>Curvature 2 along x and 20 along y: γ must suit the steep direction, so the flat one crawls.</source>
        <translation>沿 x 的曲率为 2，沿 y 为 20：γ 必须适应陡峭方向，因此平缓方向进展缓慢。</translation>
    </message>
    <message>
        <source>Rosenbrock valley</source>
        <translation>Rosenbrock 山谷</translation>
    </message>
    <message>
        <source>A curved, narrow valley: finding it is quick, following it to (1, 1) is slow.</source>
        <translation>一条弯曲狭窄的山谷：找到它很快，沿它走到 (1, 1) 却很慢。</translation>
    </message>
    <message>
        <source>Four minima of equal depth: the start point decides which one the descent finds.</source>
        <translation>四个深度相同的极小值：起点决定下降会找到哪一个。</translation>
    </message>
    <message>
        <source>Flat plateaus and steep walls: plain descent needs many steps, adaptive optimisers fewer.</source>
        <translation>平坦的高原和陡峭的壁：普通梯度下降需要很多步，自适应优化器需要的更少。</translation>
    </message>
    <message>
        <source>Saddle</source>
        <translation>鞍点</translation>
    </message>
    <message>
        <source>A zero gradient is not always a minimum: from y = 0 descent stops at the saddle (0, 0).</source>
        <translation>零梯度并不总是最小值：从 y = 0 出发，下降会停在鞍点 (0, 0)。</translation>
    </message>
    <message>
        <source>Many local minima: gradient descent stops in the nearest one, not the best one.</source>
        <translation>许多局部极小值：梯度下降停在最近的一个，而不是最好的一个。</translation>
    </message>
    <message>
        <source>Plateau</source>
        <translation>高原</translation>
    </message>
    <message>
        <source>Far from the centre the surface is almost flat: tiny gradients make tiny steps.</source>
        <translation>远离中心处曲面几乎是平的：极小的梯度只能迈出极小的步。</translation>
    </message>
</context>
<context>
    <name>FunctionStationaryPoint</name>
    <message>
        <source>f has no gradient at {point}</source>
        <translation>f 在 {point} 处没有梯度</translation>
    </message>
    <message>
        <source>{point} is not a stationary point: ‖∇f‖ = {norm}</source>
        <translation>{point} 不是驻点：‖∇f‖ = {norm}</translation>
    </message>
    <message>
        <source>a local minimum at {point}: the gradient is zero and f curves up in every direction</source>
        <translation>{point} 处的局部极小值：梯度为零，且 f 在每个方向上都向上弯曲</translation>
    </message>
    <message>
        <source>a maximum at {point}: the gradient is zero but f curves down in every direction</source>
        <translation>{point} 处的极大值：梯度为零，但 f 在每个方向上都向下弯曲</translation>
    </message>
    <message>
        <source>a saddle point at {point}, not a minimum: the gradient is zero, but f curves down along {direction}; a nudge that way and the descent goes on</source>
        <translation>{point} 处是鞍点而不是最小值：梯度为零，但 f 沿 {direction} 向下弯曲；朝该方向轻推一下，下降就会继续</translation>
    </message>
    <message>
        <source>a flat point at {point}: the gradient is zero and a second derivative is too, so the curvature cannot tell what it is</source>
        <translation>{point} 处是平坦点：梯度为零，某个二阶导数也为零，因此曲率无法判断它是什么点</translation>
    </message>
</context>
<context>
    <name>FunctionTab</name>
    <message>
        <source>Contour as PNG image</source>
        <translation>等高线图（PNG 图像）</translation>
    </message>
    <message>
        <source>Contour as SVG drawing</source>
        <translation>等高线图（SVG 矢量图）</translation>
    </message>
    <message>
        <source>Loss curve as PNG image</source>
        <translation>损失曲线（PNG 图像）</translation>
    </message>
    <message>
        <source>Loss curve as SVG drawing</source>
        <translation>损失曲线（SVG 矢量图）</translation>
    </message>
    <message>
        <source>Trajectory as CSV table</source>
        <translation>轨迹（CSV 表格）</translation>
    </message>
    <message>
        <source>Run as JSON</source>
        <translation>运行（JSON）</translation>
    </message>
    <message>
        <source>Run as animated GIF</source>
        <translation>运行（GIF 动画）</translation>
    </message>
    <message>
        <source>Run as MP4 video</source>
        <translation>运行（MP4 视频）</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>evaluations of the run</source>
        <translation>本次运行的求值次数</translation>
    </message>
    <message>
        <source>Curvature axes and numbers</source>
        <translation>曲率轴与数值</translation>
    </message>
    <message>
        <source>Loss against evaluations</source>
        <translation>损失随求值次数</translation>
    </message>
    <message>
        <source>Fit view to path</source>
        <translation>视图适配路径</translation>
    </message>
    <message>
        <source>Show the whole window</source>
        <translation>显示整个窗口范围</translation>
    </message>
    <message>
        <source>Log-scale loss</source>
        <translation>对数刻度损失</translation>
    </message>
    <message>
        <source>γ = {rate} from the sweep</source>
        <translation>来自扫描的 γ = {rate}</translation>
    </message>
    <message>
        <source>This optimizer makes its own step with the fixed γ: the line search is off.</source>
        <translation>此优化器以固定的 γ 自行迈步：线搜索已关闭。</translation>
    </message>
    <message>
        <source>{optimizer} needs the true gradient: the gradient noise is off.</source>
        <translation>{optimizer} 需要真实梯度：梯度噪声已关闭。</translation>
    </message>
    <message>
        <source>Gradient noise pairs with the fixed-γ optimizers: a line search or {optimizer} needs the true gradient.</source>
        <translation>梯度噪声只适用于固定 γ 的优化器：线搜索或 {optimizer} 需要真实梯度。</translation>
    </message>
    <message>
        <source>A line search needs the true gradient: the gradient noise is off.</source>
        <translation>线搜索需要真实梯度：梯度噪声已关闭。</translation>
    </message>
    <message>
        <source>Play continues the run from its latest step, t = {t}.</source>
        <translation>播放从最新一步 t = {t} 继续运行。</translation>
    </message>
    <message>
        <source>The run has stopped; press Reset (R) to start again.</source>
        <translation>运行已停止；按重置（R）重新开始。</translation>
    </message>
    <message>
        <source>contour of f(x, y); no run yet</source>
        <translation>f(x, y) 的等高线；尚未运行</translation>
    </message>
    <message>
        <source>loss curve; no run yet</source>
        <translation>损失曲线；尚未运行</translation>
    </message>
    <message>
        <source>step {t} at ({x}, {y}), f = {f}</source>
        <translation>第 {t} 步位于 ({x}, {y})，f = {f}</translation>
    </message>
    <message>
        <source>contour of f(x, y) with the descent path; {where}</source>
        <translation>f(x, y) 的等高线及下降路径；{where}</translation>
    </message>
    <message>
        <source>loss curve of {count} stored steps; {where}</source>
        <translation>已保存 {count} 步的损失曲线；{where}</translation>
    </message>
    <message>
        <source>evaluations so far: f {f}, ∇f {gradient}, Hessian {hessian}</source>
        <translation>目前求值次数：f {f}，∇f {gradient}，黑塞矩阵 {hessian}</translation>
    </message>
    <message>
        <source>t = 0: the first step&apos;s line search runs at Step or Play</source>
        <translation>t = 0：第一步的线搜索在单步或播放时运行</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>本次运行</translation>
    </message>
    <message>
        <source>Hessian eigenvalues λ = {eigenvalues}; condition number {condition}.</source>
        <translation>黑塞矩阵特征值 λ = {eigenvalues}；条件数 {condition}。</translation>
    </message>
    <message>
        <source>Here γ = {rate} is above it: expect the steps to overshoot (limit {limit}).</source>
        <translation>此处 γ = {rate} 高于该上限：步子可能会越过最小值（上限 {limit}）。</translation>
    </message>
    <message>
        <source>Here γ = {rate} is below it (limit {limit}).</source>
        <translation>此处 γ = {rate} 低于该上限（上限 {limit}）。</translation>
    </message>
    <message>
        <source>H is positive definite: Newton&apos;s step goes to the minimum of the quadratic model.</source>
        <translation>H 正定：Newton 步直达二次模型的最小值。</translation>
    </message>
    <message>
        <source>step {t}</source>
        <translation>第 {t} 步</translation>
    </message>
    <message>
        <source>t = {t} of {steps}</source>
        <translation>t = {t} / {steps}</translation>
    </message>
    <message>
        <source>evaluations of f</source>
        <translation>f 的求值次数</translation>
    </message>
    <message>
        <source>step t</source>
        <translation>步 t</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>已导出 {name}</translation>
    </message>
</context>
<context>
    <name>HelpGuide</name>
    <message>
        <source>&lt;h2&gt;What gdstudio teaches&lt;/h2&gt;
&lt;p&gt;Learning means solving: find the weights &lt;i&gt;w&lt;/i&gt; that make the loss small,&lt;/p&gt;
&lt;p align=&quot;center&quot;&gt;&lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;) = Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;E&lt;/i&gt;(&lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt;(&lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;), &lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;)&lt;/p&gt;
&lt;p&gt;where &lt;i&gt;w&lt;/i&gt; is every weight and bias of the model written as one long vector,
&lt;i&gt;E&lt;/i&gt; the loss of one example, &lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt; the model (for example a small
neural network), &lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; an input and &lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; its label.
On the &lt;b&gt;Function&lt;/b&gt; tab a typed function &lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;, &lt;i&gt;y&lt;/i&gt;) plays the part
of &lt;i&gt;L&lt;/i&gt; and the point (&lt;i&gt;x&lt;/i&gt;, &lt;i&gt;y&lt;/i&gt;) the part of &lt;i&gt;w&lt;/i&gt;, so the whole
descent fits on one contour plot; the &lt;b&gt;MLP task&lt;/b&gt; tab trains a real network.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;gdstudio 讲授什么&lt;/h2&gt;
&lt;p&gt;学习就是求解：找到使损失变小的权重 &lt;i&gt;w&lt;/i&gt;，&lt;/p&gt;
&lt;p align=&quot;center&quot;&gt;&lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;) = Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;E&lt;/i&gt;(&lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt;(&lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;), &lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;)&lt;/p&gt;
&lt;p&gt;其中 &lt;i&gt;w&lt;/i&gt; 是模型的全部权重和偏置，写成一个长向量；&lt;i&gt;E&lt;/i&gt; 是单个样本的损失，&lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt; 是模型（例如一个小型神经网络），&lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; 是输入，&lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; 是它的标签。在&lt;b&gt;函数&lt;/b&gt;选项卡上，输入的函数 &lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;, &lt;i&gt;y&lt;/i&gt;) 扮演&lt;i&gt;L&lt;/i&gt; 的角色，点 (&lt;i&gt;x&lt;/i&gt;, &lt;i&gt;y&lt;/i&gt;) 扮演 &lt;i&gt;w&lt;/i&gt; 的角色，因此整个下降过程都能画在一张等高线图上；&lt;b&gt;MLP 任务&lt;/b&gt;选项卡则训练一个真实的网络。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The gradient points uphill&lt;/h3&gt;
&lt;p&gt;The gradient is the vector of partial derivatives: for
&lt;i&gt;f&lt;/i&gt; = &lt;i&gt;x&lt;/i&gt;² + &lt;i&gt;xy&lt;/i&gt; + &lt;i&gt;y&lt;/i&gt;² it is
∇&lt;i&gt;f&lt;/i&gt; = [2&lt;i&gt;x&lt;/i&gt; + &lt;i&gt;y&lt;/i&gt;, &lt;i&gt;x&lt;/i&gt; + 2&lt;i&gt;y&lt;/i&gt;]. It points in the direction in
which &lt;i&gt;f&lt;/i&gt; grows fastest: on the contour it is the light arrow at the current point.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;梯度指向上坡&lt;/h3&gt;
&lt;p&gt;梯度是偏导数组成的向量：对于&lt;i&gt;f&lt;/i&gt; = &lt;i&gt;x&lt;/i&gt;² + &lt;i&gt;xy&lt;/i&gt; + &lt;i&gt;y&lt;/i&gt;²，它是∇&lt;i&gt;f&lt;/i&gt; = [2&lt;i&gt;x&lt;/i&gt; + &lt;i&gt;y&lt;/i&gt;, &lt;i&gt;x&lt;/i&gt; + 2&lt;i&gt;y&lt;/i&gt;]。它指向&lt;i&gt;f&lt;/i&gt; 增长最快的方向：在等高线图上，它是当前点处的浅色箭头。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The update rule&lt;/h3&gt;
&lt;p&gt;Gradient descent steps the other way, again and again:&lt;/p&gt;
&lt;p align=&quot;center&quot;&gt;&lt;i&gt;w&lt;/i&gt; ← &lt;i&gt;w&lt;/i&gt; − γ ∇&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;), &amp;nbsp; that is &amp;nbsp;
[&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;+1&lt;/sub&gt;, &lt;i&gt;y&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;+1&lt;/sub&gt;] =
[&lt;i&gt;x&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;, &lt;i&gt;y&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;] − γ ∇&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;, &lt;i&gt;y&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;)&lt;/p&gt;
&lt;p&gt;The step −γ∇&lt;i&gt;f&lt;/i&gt; is the pink arrow, and the step panel writes the update out with
its numbers. Momentum, Nesterov, AdaGrad, RMSProp and Adam change how the step is made
from the gradient; they follow the update rules of PyTorch&apos;s &lt;tt&gt;torch.optim&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;更新规则&lt;/h3&gt;
&lt;p&gt;梯度下降一次又一次地朝相反方向迈步：&lt;/p&gt;
&lt;p align=&quot;center&quot;&gt;&lt;i&gt;w&lt;/i&gt; ← &lt;i&gt;w&lt;/i&gt; − γ ∇&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;)，&amp;nbsp; 即 &amp;nbsp;
[&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;+1&lt;/sub&gt;, &lt;i&gt;y&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;+1&lt;/sub&gt;] =
[&lt;i&gt;x&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;, &lt;i&gt;y&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;] − γ ∇&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;, &lt;i&gt;y&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;)&lt;/p&gt;
&lt;p&gt;步 −γ∇&lt;i&gt;f&lt;/i&gt; 是粉色箭头，步面板会把更新连同其数值写出来。动量、Nesterov、AdaGrad、RMSProp 和 Adam改变由梯度构成步的方式；它们遵循 PyTorch 的 &lt;tt&gt;torch.optim&lt;/tt&gt; 的更新规则。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What the learning rate γ does&lt;/h3&gt;
&lt;p&gt;γ is chosen by hand. &lt;b&gt;Too big&lt;/b&gt; and the steps overshoot: the path zig-zags across the
valley, and past a limit every step lands higher than the last and the run diverges.
&lt;b&gt;Too small&lt;/b&gt; and every step is tiny, so the run takes very long. On the seed function
&lt;i&gt;x&lt;/i&gt;² + &lt;i&gt;xy&lt;/i&gt; + &lt;i&gt;y&lt;/i&gt;² gradient descent is stable for γ &amp;lt; 2/3
(2 divided by the largest curvature, 3): from (1, 1) γ = 0.6 converges and γ = 0.7
diverges. &lt;tt&gt;gdstudio analyze&lt;/tt&gt; prints that limit for any function and point.
γ can be changed while a run plays; the new value applies from the next step.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;学习率 γ 的作用&lt;/h3&gt;
&lt;p&gt;γ 需要手动选择。&lt;b&gt;太大&lt;/b&gt;时步会冲过头：路径在山谷两侧之字形来回，超过某个界限后，每一步都落得比上一步更高，运行就会发散。&lt;b&gt;太小&lt;/b&gt;时每一步都很小，运行要花很长时间。在初始函数&lt;i&gt;x&lt;/i&gt;² + &lt;i&gt;xy&lt;/i&gt; + &lt;i&gt;y&lt;/i&gt;² 上，当 γ &amp;lt; 2/3 时梯度下降是稳定的（2 除以最大曲率 3）：从 (1, 1) 出发，γ = 0.6 收敛，而 γ = 0.7发散。&lt;tt&gt;gdstudio analyze&lt;/tt&gt; 可以为任意函数和点打印出这个界限。运行播放时也可以修改 γ；新值从下一步开始生效。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Why a run stops&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Converged&lt;/b&gt;: the gradient is all but zero (‖∇&lt;i&gt;f&lt;/i&gt;‖ below the tolerance), so
there is no downhill left to follow. That is a minimum, or a &lt;b&gt;saddle&lt;/b&gt;: try the saddle
preset &lt;i&gt;x&lt;/i&gt;² − &lt;i&gt;y&lt;/i&gt;², started on the line &lt;i&gt;y&lt;/i&gt; = 0.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Step limit&lt;/b&gt;: the run used all its steps before the gradient vanished (γ too small,
or a long flat valley such as Rosenbrock&apos;s).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Diverged&lt;/b&gt;: the point or the loss ran off to infinity: γ is too large for the
curvature, and the steps overshoot.&lt;/li&gt;
&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;运行为何停止&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;已收敛&lt;/b&gt;：梯度几乎为零（‖∇&lt;i&gt;f&lt;/i&gt;‖ 低于容差），因此已没有下坡可走。这是一个极小值，或一个&lt;b&gt;鞍点&lt;/b&gt;：试试鞍点预设&lt;i&gt;x&lt;/i&gt;² − &lt;i&gt;y&lt;/i&gt;²，从直线 &lt;i&gt;y&lt;/i&gt; = 0 上出发。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;步数上限&lt;/b&gt;：运行在梯度消失之前用完了全部步数（γ 太小，或者像 Rosenbrock 函数那样又长又平的山谷）。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;已发散&lt;/b&gt;：点或损失跑向了无穷大：γ 相对于曲率太大，步冲过了头。&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;键盘&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click on the contour to start a new run from that point. Hover over it to read
&lt;i&gt;x&lt;/i&gt;, &lt;i&gt;y&lt;/i&gt;, &lt;i&gt;f&lt;/i&gt; and ∇&lt;i&gt;f&lt;/i&gt; under the cursor in the status bar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;点击等高线图可从该点开始新的运行。将鼠标悬停在图上，可在状态栏中读出光标处的&lt;i&gt;x&lt;/i&gt;、&lt;i&gt;y&lt;/i&gt;、&lt;i&gt;f&lt;/i&gt; 和 ∇&lt;i&gt;f&lt;/i&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;In the window.&lt;/b&gt; The timeline under the loss curves shows any stored step again (← and →
one step, Home and End the first and the latest): its numbers are the ones recorded, and its
decision boundary or fitted line, its dot on the map and its slice readout are computed from the
weights stored for that step; nothing is run again, and Play goes on from the latest step. File →
Export also writes the weights as a NumPy &lt;tt&gt;.npz&lt;/tt&gt; file (one &lt;tt&gt;weight&lt;/tt&gt; and &lt;tt&gt;bias&lt;/tt&gt;
array a layer, shaped as PyTorch&apos;s &lt;tt&gt;nn.Linear&lt;/tt&gt; holds them) and the training and test data as
CSV.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;&lt;b&gt;在窗口中。&lt;/b&gt;损失曲线下方的时间轴可以再次显示任一已存储的步（← 和 →一步，Home 和 End 为第一步和最新一步）：其数值为记录下来的数值，其决策边界或拟合直线、地图上的点以及切片读数，都由该步存储的权重计算得出；不会重新运行任何内容，“播放”会从最新一步继续。文件 →导出还会把权重写成 NumPy &lt;tt&gt;.npz&lt;/tt&gt; 文件（每层一个 &lt;tt&gt;weight&lt;/tt&gt; 数组和一个 &lt;tt&gt;bias&lt;/tt&gt;数组，形状与 PyTorch 的 &lt;tt&gt;nn.Linear&lt;/tt&gt; 中的一致），并把训练和测试数据写成CSV。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The Compare tab&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Races.&lt;/b&gt; Several runs descend the Function tab&apos;s &lt;i&gt;f&lt;/i&gt; side by side, in lockstep: one
path and one loss curve per run, each in its own colour, each with its own optimizer, γ, schedule and
start (or the Function tab&apos;s start). The same function and the same number of steps make the
optimizers comparable: where plain gradient descent zig-zags across a narrow valley, momentum runs
along it. The loss plot has a log scale (L) so that runs whose losses differ by decades can be read
together. A race can be saved with the session and exported as an animation.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;比较选项卡&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;竞赛。&lt;/b&gt;多个运行并排、同步地在函数选项卡的 &lt;i&gt;f&lt;/i&gt; 上下降：每个运行有一条路径和一条损失曲线，各用自己的颜色，各有自己的优化器、γ、调度和起点（或函数选项卡的起点）。相同的函数和相同的步数使各个优化器可以比较：普通梯度下降在狭窄山谷中来回之字形摆动时，动量则沿着山谷前进。损失图使用对数刻度（L），这样损失相差若干数量级的运行也能一起读取。竞赛可以随会话保存，也可以导出为动画。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What each run carries.&lt;/b&gt; Gradient descent forgets everything but the current point; the other
optimizers carry a state from step to step, and the white arrows on the contour draw it at each
run&apos;s current point. For momentum and Nesterov the arrow is −γ&lt;i&gt;b&lt;/i&gt;: the velocity &lt;i&gt;b&lt;/i&gt;, the
running sum of earlier gradients, drawn as the step it adds. For AdaGrad, RMSProp and Adam it is
the next step Δ&lt;i&gt;w&lt;/i&gt; itself, each coordinate scaled by 1/(√&lt;i&gt;v&lt;/i&gt; + ε), &lt;i&gt;v&lt;/i&gt; the running
average of that coordinate&apos;s squared gradients. The box beside the contour writes the numbers out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;每个运行携带什么。&lt;/b&gt;梯度下降只记得当前点；其他优化器会把一个状态从一步带到下一步，等高线图上的白色箭头在每个运行的当前点画出它。对于动量和 Nesterov，箭头是 −γ&lt;i&gt;b&lt;/i&gt;：速度 &lt;i&gt;b&lt;/i&gt;，即以往梯度的累积和，画成它所增加的那一步。对于 AdaGrad、RMSProp 和 Adam，箭头就是下一步 Δ&lt;i&gt;w&lt;/i&gt; 本身，每个坐标按 1/(√&lt;i&gt;v&lt;/i&gt; + ε) 缩放，&lt;i&gt;v&lt;/i&gt; 为该坐标梯度平方的滑动平均。等高线图旁的方框会写出这些数值。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The sweep: which γ works?&lt;/b&gt; The sweep runs the Function tab&apos;s optimizer from its start for
many γ, evenly spaced on a log scale between the smallest and the largest you give, and plots the
final loss and the steps taken against γ: runs that converged, runs that stopped at the step limit
and runs that diverged are marked apart. Two dashed lines give what the curvature predicts, from the
Hessian&apos;s eigenvalues λ&lt;sub&gt;min&lt;/sub&gt; ≤ λ&lt;sub&gt;max&lt;/sub&gt; where the runs end up:
&lt;b&gt;2/λ&lt;sub&gt;max&lt;/sub&gt;&lt;/b&gt;, the largest γ for which plain gradient descent converges (above it the
steps overshoot along the steepest direction and grow), and &lt;b&gt;2/(λ&lt;sub&gt;min&lt;/sub&gt; +
λ&lt;sub&gt;max&lt;/sub&gt;)&lt;/b&gt;, the fixed γ that shrinks the slowest direction fastest. Momentum and Nesterov
have a limit of their own, drawn instead of 2/λ&lt;sub&gt;max&lt;/sub&gt;. Click a point to try its γ on the
Function tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;扫描：哪个 γ 可行？&lt;/b&gt;扫描从函数选项卡的起点出发，用该选项卡的优化器对许多 γ 运行，这些 γ 在您给出的最小值与最大值之间按对数刻度均匀分布，并绘制最终损失和所用步数随 γ 的变化：已收敛的运行、在步数上限处停止的运行和已发散的运行分别标记。两条虚线给出曲率的预测，依据的是运行终点处黑塞矩阵的特征值 λ&lt;sub&gt;min&lt;/sub&gt; ≤ λ&lt;sub&gt;max&lt;/sub&gt;：&lt;b&gt;2/λ&lt;sub&gt;max&lt;/sub&gt;&lt;/b&gt;，即普通梯度下降收敛的最大 γ（超过它，步会沿最陡方向冲过头并不断增大）；以及 &lt;b&gt;2/(λ&lt;sub&gt;min&lt;/sub&gt; +
λ&lt;sub&gt;max&lt;/sub&gt;)&lt;/b&gt;，即使最慢方向收缩最快的固定 γ。动量和 Nesterov有各自的界限，画在 2/λ&lt;sub&gt;max&lt;/sub&gt; 的位置。点击某个点即可在函数选项卡上试用它的 γ。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Play / Pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>指南</translation>
    </message>
    <message>
        <source>{name} guide</source>
        <translation>{name} 指南</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>关于 {name}</translation>
    </message>
    <message>
        <source>&lt;p&gt;A desktop studio for learning and teaching gradient descent: w ← w − γ∇f(w), one step at a time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;一个用于学习和讲授梯度下降的桌面工作室：w ← w − γ∇f(w)，一步一步来。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Released under the &lt;a href=&apos;{licence_url}&apos;&gt;MIT licence&lt;/a&gt;.&lt;br&gt;Source and bug reports: &lt;a href=&apos;{url}&apos;&gt;{url}&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;以 &lt;a href=&apos;{licence_url}&apos;&gt;MIT 许可证&lt;/a&gt;发布。&lt;br&gt;源代码和错误报告：&lt;a href=&apos;{url}&apos;&gt;{url}&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>{number}st</source>
        <translation>{number}</translation>
    </message>
    <message>
        <source>{number}nd</source>
        <translation>{number}</translation>
    </message>
    <message>
        <source>{number}rd</source>
        <translation>{number}</translation>
    </message>
    <message>
        <source>{number}th</source>
        <translation>{number}</translation>
    </message>
    <message>
        <source>The path shows every {ordinal} of {total} steps ({kept} kept, with the {looked} steps you looked at); the last step is exact.</source>
        <translation>路径在 {total} 步中每 {ordinal} 步显示一步（保留 {kept} 步，包括您查看过的 {looked} 步）；最后一步是精确的。</translation>
    </message>
    <message>
        <source>The path shows every {ordinal} of {total} steps ({kept} kept); the last step is exact.</source>
        <translation>路径在 {total} 步中每 {ordinal} 步显示一步（保留 {kept} 步）；最后一步是精确的。</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The desktop&apos;s ({language})</source>
        <translation>跟随桌面（{language}）</translation>
    </message>
    <message>
        <source>gdstudio will be in {language} from its next start. Restart now?</source>
        <translation>gdstudio 将在下次启动时使用{language}。现在重新启动吗？</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The session is kept: the window reopens on what it shows now.</source>
        <translation>会话会被保留：窗口重新打开时仍显示当前内容。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重新启动</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>LearningRateField</name>
    <message>
        <source>γ, the step size: w ← w − γ{gradient}. Up/down multiply or divide by 10^¼.</source>
        <translation>γ，即步长：w ← w − γ{gradient}。上/下键乘以或除以 10^¼。</translation>
    </message>
    <message>
        <source>learning rate γ on a log scale</source>
        <translation>对数刻度上的学习率 γ</translation>
    </message>
    <message>
        <source>γ on a log scale from 1e-5 to 10</source>
        <translation>γ 的对数刻度，从 1e-5 到 10</translation>
    </message>
    <message>
        <source>learning rate γ</source>
        <translation>学习率 γ</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>the curvature box and the Hessian&apos;s eigenvector axes (Function tab)</source>
        <translation>曲率框和黑塞矩阵的特征向量轴（函数选项卡）</translation>
    </message>
    <message>
        <source>the gradient and step arrows at the current point (Function tab)</source>
        <translation>当前点处的梯度和步长箭头（函数选项卡）</translation>
    </message>
    <message>
        <source>what each optimiser carries into its next step (Compare tab)</source>
        <translation>每个优化器带入下一步的状态（比较选项卡）</translation>
    </message>
    <message>
        <source>the loss curve on a log scale (Function and MLP tabs)</source>
        <translation>对数刻度的损失曲线（函数和 MLP 选项卡）</translation>
    </message>
    <message>
        <source>must be text (a string, or a list of lines)</source>
        <translation>必须是文本（字符串或行列表）</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must be at most {longest} characters long, not {value}</source>
        <translation>最多 {longest} 个字符，而不是 {value}</translation>
    </message>
    <message>
        <source>must hold no control characters</source>
        <translation>不得包含控制字符</translation>
    </message>
    <message>
        <source>must hold no control characters and no line breaks</source>
        <translation>不得包含控制字符和换行</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>holds HTML ({shown}…): a lesson&apos;s text is plain text with the README&apos;s Markdown marks, and no tags</source>
        <translation>包含 HTML（{shown}…）：课程文本是带 README 所述 Markdown 标记的纯文本，不含标签</translation>
    </message>
    <message>
        <source>holds a link or an image ([…](…)): a lesson shows no links and no remote content</source>
        <translation>包含链接或图片（[…](…)）：课程不显示链接和远程内容</translation>
    </message>
    <message>
        <source>must give at_least, below or both</source>
        <translation>必须给出 at_least、below 或两者</translation>
    </message>
    <message>
        <source>needs at_least &lt; below, not {at_least} and {below}</source>
        <translation>需要 at_least &lt; below，而不是 {at_least} 和 {below}</translation>
    </message>
    <message>
        <source>must be a number or a range such as {{&quot;at_least&quot;: 10, &quot;below&quot;: 100}}, since {about} is a number</source>
        <translation>必须是数或范围，例如 {{&quot;at_least&quot;: 10, &quot;below&quot;: 100}}，因为 {about} 是数</translation>
    </message>
    <message>
        <source>asks about the {source} run, but the step&apos;s setup has no {section} section</source>
        <translation>询问的是 {source} 运行，但该步的设置没有 {section} 部分</translation>
    </message>
    <message>
        <source>asks about the sweep, but the step&apos;s setup.compare has no sweep</source>
        <translation>询问的是扫描，但该步的 setup.compare 没有扫描</translation>
    </message>
    <message>
        <source>names a run of the race, which only the race.status, race.steps and race.final_… questions take</source>
        <translation>指定了竞赛的某次运行，只有 race.status、race.steps 和 race.final_… 问题接受它</translation>
    </message>
    <message>
        <source>is for a question that asks for a number, not for multiple choice</source>
        <translation>用于要求数值的问题，而不是选择题</translation>
    </message>
    <message>
        <source>must be a list of 2 to {limit} choices</source>
        <translation>必须是包含 2 到 {limit} 个选项的列表</translation>
    </message>
    <message>
        <source>repeats the choice “{text}”</source>
        <translation>重复了选项“{text}”</translation>
    </message>
    <message>
        <source>must be the text of one of the choices</source>
        <translation>必须是某个选项的文本</translation>
    </message>
    <message>
        <source>are missing: {about} is not a number, so the question offers choices</source>
        <translation>缺失：{about} 不是数，因此问题须提供选项</translation>
    </message>
    <message>
        <source>must be {&quot;absolute&quot;: d} or {&quot;relative&quot;: r}</source>
        <translation>必须是 {&quot;absolute&quot;: d} 或 {&quot;relative&quot;: r}</translation>
    </message>
    <message>
        <source>is missing: a step names the tab it shows</source>
        <translation>缺失：每一步都要指定它显示的选项卡</translation>
    </message>
    <message>
        <source>the race runs on its f</source>
        <translation>竞赛在其 f 上运行</translation>
    </message>
    <message>
        <source>the {tab} tab shows it</source>
        <translation>{tab} 选项卡显示它</translation>
    </message>
    <message>
        <source>is missing: {reason}</source>
        <translation>缺失：{reason}</translation>
    </message>
    <message>
        <source>{where}setup.function.max_steps must be at most {limit} in a lesson, not {steps}</source>
        <translation>{where}setup.function.max_steps 在课程中最多为 {limit}，而不是 {steps}</translation>
    </message>
    <message>
        <source>uses a CSV file: a lesson uses a built-in task, since a file it named would be missing on the students&apos; computers</source>
        <translation>使用了 CSV 文件：课程应使用内置任务，因为指定的文件在学生的电脑上会缺失</translation>
    </message>
    <message>
        <source>trains too long for a lesson: parameters × training points × steps must be at most {limit}</source>
        <translation>对课程而言训练太久：参数 × 训练点 × 步数最多为 {limit}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>this is not a gdstudio lesson: the file must hold a JSON object</source>
        <translation>这不是 gdstudio 课程：文件必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>this is not a gdstudio lesson (its format is not {format})</source>
        <translation>这不是 gdstudio 课程（其格式不是 {format}）</translation>
    </message>
    <message>
        <source>the lesson has no valid version</source>
        <translation>该课程没有有效的版本</translation>
    </message>
    <message>
        <source>the lesson was written by a newer gdstudio (version {version}); update gdstudio to open it</source>
        <translation>该课程由较新的 gdstudio 写入（版本 {version}）；请更新 gdstudio 后再打开</translation>
    </message>
    <message>
        <source>must be a list of 1 to {limit} steps</source>
        <translation>必须是包含 1 到 {limit} 个步骤的列表</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>No question</source>
        <translation>无问题</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>选择题</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>as it is</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Function tab</source>
        <translation>函数标签页</translation>
    </message>
    <message>
        <source>MLP task</source>
        <translation>MLP 任务</translation>
    </message>
    <message>
        <source>Compare tab (race and sweep)</source>
        <translation>比较标签页（竞赛与扫描）</translation>
    </message>
    <message>
        <source>A blank line starts a paragraph; “- ” a bullet, “1. ” a numbered item; *emphasis*, **strong**, `code`. Write maths in Unicode: γ, ∇f, x², w ← w − γ∇f. No links, images or tags.</source>
        <translation>空行开始新段落；“- ”为项目符号，“1. ”为编号项；*强调*、**加粗**、`代码`。数学请用 Unicode 书写：γ, ∇f, x², w ← w − γ∇f。不支持链接、图片或标签。</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>已收敛</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <source>max_steps</source>
        <translation>达到步数上限</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>未定义</translation>
    </message>
    <message>
        <source>line_search_failed</source>
        <translation>线搜索失败</translation>
    </message>
    <message>
        <source>no_descent</source>
        <translation>非下降方向</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>极小值点</translation>
    </message>
    <message>
        <source>saddle</source>
        <translation>鞍点</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>极大值点</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>平坦处</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{what} must be a number, not “{text}”</source>
        <translation>{what}必须是数，而不是“{text}”</translation>
    </message>
    <message>
        <source>{what} must be a finite number</source>
        <translation>{what}必须是有限的数</translation>
    </message>
    <message>
        <source>{what} is empty: type {syntax}</source>
        <translation>{what}为空：请输入 {syntax}</translation>
    </message>
    <message>
        <source>{what} must be {syntax}, not “{text}”</source>
        <translation>{what}必须是 {syntax}，而不是“{text}”</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <source>Lesson details</source>
        <translation>课程详情</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>the right answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <source>the choice, as the student reads it</source>
        <translation>学生看到的选项文字</translation>
    </message>
    <message>
        <source>remove this choice</source>
        <translation>删除此选项</translation>
    </message>
    <message>
        <source>right when the run gives</source>
        <translation>正确条件：运行结果为</translation>
    </message>
    <message>
        <source>Step {number}, on the {tab} tab: edit</source>
        <translation>第 {number} 步，{tab}标签页：编辑</translation>
    </message>
    <message>
        <source>Step {number}, on the {tab} tab: add the current set-up</source>
        <translation>第 {number} 步，{tab}标签页：添加当前设置</translation>
    </message>
    <message>
        <source>the {tab} tab this step shows needs it</source>
        <translation>本步显示的{tab}标签页需要它</translation>
    </message>
    <message>
        <source>also load this tab&apos;s settings when the step is shown</source>
        <translation>显示本步时也载入此标签页的设置</translation>
    </message>
    <message>
        <source>Sets up</source>
        <translation>设置内容</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Question, asked before the run</source>
        <translation>问题（在运行前提出）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Suggest a question from the run</source>
        <translation>根据运行建议问题</translation>
    </message>
    <message>
        <source>The studio&apos;s run</source>
        <translation>工作室的运行</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>题干</translation>
    </message>
    <message>
        <source>Add a choice</source>
        <translation>添加选项</translation>
    </message>
    <message>
        <source>Choices (● the right one)</source>
        <translation>选项（● 为正确项）</translation>
    </message>
    <message>
        <source>± (absolute)</source>
        <translation>±（绝对）</translation>
    </message>
    <message>
        <source>± % (relative)</source>
        <translation>± %（相对）</translation>
    </message>
    <message>
        <source>within</source>
        <translation>容差</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Why (shown with the verdict)</source>
        <translation>原因（随判定显示）</translation>
    </message>
    <message>
        <source>Try this, and what to show</source>
        <translation>“试试这个”与显示内容</translation>
    </message>
    <message>
        <source>“Try this” hint</source>
        <translation>“试试这个”提示</translation>
    </message>
    <message>
        <source>The step&apos;s runs cannot be made: {problem}</source>
        <translation>无法进行本步的运行：{problem}</translation>
    </message>
    <message>
        <source>cannot be made: {problem}</source>
        <translation>无法进行：{problem}</translation>
    </message>
    <message>
        <source>making the step&apos;s runs…</source>
        <translation>正在进行本步的运行…</translation>
    </message>
    <message>
        <source>run {number}: {optimizer}, γ = {learning_rate}</source>
        <translation>运行 {number}：{optimizer}，γ = {learning_rate}</translation>
    </message>
    <message>
        <source>no run (none converges)</source>
        <translation>无（没有运行收敛）</translation>
    </message>
    <message>
        <source>choice {number}&apos;s condition</source>
        <translation>选项 {number} 的条件</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>the tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <source>Checking the answer against the studio&apos;s run…</source>
        <translation>正在对照工作室的运行检查答案…</translation>
    </message>
    <message>
        <source>no question</source>
        <translation>无问题</translation>
    </message>
    <message>
        <source>Edit lesson</source>
        <translation>编辑课程</translation>
    </message>
    <message>
        <source>Add the current set-up…</source>
        <translation>添加当前设置…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Save lesson…</source>
        <translation>保存课程…</translation>
    </message>
</context>
<context>
    <name>LessonOutcome</name>
    <message>
        <source>converge</source>
        <translation>收敛</translation>
    </message>
    <message>
        <source>stall</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>diverge</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>leave f&apos;s domain</source>
        <translation>离开 f 的定义域</translation>
    </message>
    <message>
        <source>a minimum</source>
        <translation>极小值</translation>
    </message>
    <message>
        <source>a saddle point</source>
        <translation>鞍点</translation>
    </message>
    <message>
        <source>it does not stop</source>
        <translation>不会停止</translation>
    </message>
    <message>
        <source>the step makes no {source} run, so it has no {quantity}</source>
        <translation>该步没有 {source} 运行，因此没有 {quantity}</translation>
    </message>
    <message>
        <source>the race has runs 1 to {runs}, not {run}</source>
        <translation>竞赛只有第 1 到第 {runs} 次运行，没有第 {run} 次</translation>
    </message>
    <message>
        <source>the run {ended}</source>
        <translation>运行{ended}</translation>
    </message>
    <message>
        <source>the run made {steps} steps: it {ended}</source>
        <translation>运行走了 {steps} 步：{ended}</translation>
    </message>
    <message>
        <source>the run {ended}, and it gives no {quantity}</source>
        <translation>运行{ended}，未给出{quantity}</translation>
    </message>
    <message>
        <source>the run ended at {axis} = {value} ({ended})</source>
        <translation>运行结束于 {axis} = {value}（{ended}）</translation>
    </message>
    <message>
        <source>at the start w₀ = ({x}, {y}) the gradient&apos;s ∂f/∂{axis} is {value}</source>
        <translation>在起点 w₀ = ({x}, {y}) 处，梯度的 ∂f/∂{axis} 为 {value}</translation>
    </message>
    <message>
        <source>the first update moved the run to w₁ with {axis} = {value}</source>
        <translation>第一次更新把运行移到 w₁，其 {axis} = {value}</translation>
    </message>
    <message>
        <source>the run ended at f = {value} ({ended})</source>
        <translation>运行结束于 f = {value}（{ended}）</translation>
    </message>
    <message>
        <source>‖∇f‖ at the run&apos;s last point is {value} ({ended})</source>
        <translation>运行最后一个点处的 ‖∇f‖ 为 {value}（{ended}）</translation>
    </message>
    <message>
        <source>the run did not converge ({ended}), so it stopped at no stationary point</source>
        <translation>运行未收敛（{ended}），因此没有停在任何驻点</translation>
    </message>
    <message>
        <source>the run {ended} at a minimum</source>
        <translation>运行{ended}，停在极小值</translation>
    </message>
    <message>
        <source>the run {ended} at a saddle point</source>
        <translation>运行{ended}，停在鞍点</translation>
    </message>
    <message>
        <source>the run {ended} at a maximum</source>
        <translation>运行{ended}，停在极大值</translation>
    </message>
    <message>
        <source>the run {ended} at a flat</source>
        <translation>运行{ended}，停在平坦点</translation>
    </message>
    <message>
        <source>the condition number at the run&apos;s last point is κ = {value}</source>
        <translation>运行最后一个点处的条件数为 κ = {value}</translation>
    </message>
    <message>
        <source>the largest stable γ at the run&apos;s last point is 2/λ_max = {value}</source>
        <translation>运行最后一个点处的最大稳定 γ 为 2/λ_max = {value}</translation>
    </message>
    <message>
        <source>no run of the race converged</source>
        <translation>竞赛中没有运行收敛</translation>
    </message>
    <message>
        <source>run {run}, {label}, converged first, at t = {t}</source>
        <translation>第 {run} 次运行（{label}）最先收敛，t = {t}</translation>
    </message>
    <message>
        <source>run {run}: {evaluations}</source>
        <translation>第 {run} 次运行：{evaluations}</translation>
    </message>
    <message>
        <source>run {run}, {label}, converged with the fewest evaluations of f ({counts})</source>
        <translation>第 {run} 次运行（{label}）以最少的 f 求值次数收敛（{counts}）</translation>
    </message>
    <message>
        <source>run {run}, {label}, {ended}</source>
        <translation>第 {run} 次运行（{label}）{ended}</translation>
    </message>
    <message>
        <source>run {run}, {label}, {ended}: {steps} steps</source>
        <translation>第 {run} 次运行（{label}）{ended}：{steps} 步</translation>
    </message>
    <message>
        <source>run {run}, {label}, {ended}, with {evaluations} evaluations</source>
        <translation>第 {run} 次运行（{label}）{ended}，求值 {evaluations} 次</translation>
    </message>
    <message>
        <source>run {run}, {label}, {ended}, and its last point gives no number</source>
        <translation>第 {run} 次运行（{label}）{ended}，其最后一个点没有给出数值</translation>
    </message>
    <message>
        <source>run {run}, {label}, {ended} at f = {value}</source>
        <translation>第 {run} 次运行（{label}）{ended}，f = {value}</translation>
    </message>
    <message>
        <source>run {run}, {label}, {ended} at {axis} = {value}</source>
        <translation>第 {run} 次运行（{label}）{ended}，{axis} = {value}</translation>
    </message>
    <message>
        <source>no γ of the sweep converged</source>
        <translation>扫描中没有 γ 收敛</translation>
    </message>
    <message>
        <source>the fastest γ of the sweep is {rate}, which converged in {steps} steps</source>
        <translation>扫描中最快的 γ 为 {rate}，它在 {steps} 步内收敛</translation>
    </message>
    <message>
        <source>no γ of the sweep diverged</source>
        <translation>扫描中没有 γ 发散</translation>
    </message>
    <message>
        <source>the sweep&apos;s runs diverge from γ = {rate} on</source>
        <translation>扫描的运行从 γ = {rate} 起发散</translation>
    </message>
    <message>
        <source>{value} of the sweep&apos;s {count} learning rates converged</source>
        <translation>扫描的 {count} 个学习率中有 {value} 个收敛</translation>
    </message>
    <message>
        <source>{value} of the sweep&apos;s {count} learning rates diverged</source>
        <translation>扫描的 {count} 个学习率中有 {value} 个发散</translation>
    </message>
    <message>
        <source>the training {ended}</source>
        <translation>训练{ended}</translation>
    </message>
    <message>
        <source>the training made {steps} steps: it {ended}</source>
        <translation>训练走了 {steps} 步：{ended}</translation>
    </message>
    <message>
        <source>the {sizes} network has {value} parameters (weights and biases)</source>
        <translation>{sizes} 网络有 {value} 个参数（权重和偏置）</translation>
    </message>
    <message>
        <source>the training gives no {quantity}: the task is a classification</source>
        <translation>训练不给出 {quantity}：该任务是分类</translation>
    </message>
    <message>
        <source>the training gives no {quantity}: the task is a regression</source>
        <translation>训练不给出 {quantity}：该任务是回归</translation>
    </message>
    <message>
        <source>the training ended at L(w) = {value} ({ended})</source>
        <translation>训练结束于 L(w) = {value}（{ended}）</translation>
    </message>
    <message>
        <source>the network&apos;s accuracy on the training points is {percent} % ({value})</source>
        <translation>网络在训练点上的准确率为 {percent} %（{value}）</translation>
    </message>
    <message>
        <source>the network&apos;s accuracy on the test points is {percent} % ({value})</source>
        <translation>网络在测试点上的准确率为 {percent} %（{value}）</translation>
    </message>
    <message>
        <source>the network&apos;s mean squared error on the training points is {value}</source>
        <translation>网络在训练点上的均方误差为 {value}</translation>
    </message>
    <message>
        <source>the network&apos;s mean squared error on the test points is {value}</source>
        <translation>网络在测试点上的均方误差为 {value}</translation>
    </message>
    <message>
        <source>became undefined at t = {t}: {failure}</source>
        <translation>在 t = {t} 变为无定义：{failure}</translation>
    </message>
    <message>
        <source>became undefined at t = {t}</source>
        <translation>在 t = {t} 变为无定义</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}和{second}</translation>
    </message>
    <message>
        <source>the descent cannot be run: {error}</source>
        <translation>无法运行下降：{error}</translation>
    </message>
    <message>
        <source>the MLP cannot be trained: {error}</source>
        <translation>无法训练 MLP：{error}</translation>
    </message>
    <message>
        <source>type a number, for example 27 or 0.5, not {text}</source>
        <translation>请输入一个数，例如 27 或 0.5，而不是 {text}</translation>
    </message>
    <message>
        <source>type a finite number</source>
        <translation>请输入有限数</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>请从 {choices} 中选择一项</translation>
    </message>
    <message>
        <source>{described} No choice describes that.</source>
        <translation>{described}没有选项描述这一点。</translation>
    </message>
    <message>
        <source>{described} Choices {choices} both describe that.</source>
        <translation>{described}选项 {choices} 都描述了这一点。</translation>
    </message>
    <message>
        <source>{described} So the answer is “{answer}”.</source>
        <translation>{described}所以答案是“{answer}”。</translation>
    </message>
    <message>
        <source>{clause}; answers within {tolerance} of it count</source>
        <translation>{clause}；在其 {tolerance} 范围内的答案都算对</translation>
    </message>
    <message>
        <source>{described}, which none of the question&apos;s choices describes</source>
        <translation>{described}，问题的选项都没有描述这一点</translation>
    </message>
    <message>
        <source>{described}, which the choices {choices} all describe: make them exclusive</source>
        <translation>{described}，选项 {choices} 都描述了这一点：请让它们互斥</translation>
    </message>
    <message>
        <source>the question&apos;s answer is “{written}”, but {described}, so the answer is “{answer}”</source>
        <translation>问题的答案写的是“{written}”，但{described}，所以答案是“{answer}”</translation>
    </message>
    <message>
        <source>the question asks for a number, but {described}</source>
        <translation>问题要求一个数，但{described}</translation>
    </message>
    <message>
        <source>the question&apos;s answer is {written}, but {described} (more than {tolerance} away)</source>
        <translation>问题的答案写的是 {written}，但{described}（相差超过 {tolerance}）</translation>
    </message>
    <message>
        <source>step {number}: {problem}</source>
        <translation>第 {number} 步：{problem}</translation>
    </message>
    <message>
        <source>Predict {quantity}.</source>
        <translation>请预测{quantity}。</translation>
    </message>
    <message>
        <source>a maximum point</source>
        <translation>极大值点</translation>
    </message>
    <message>
        <source>a flat point</source>
        <translation>平坦点</translation>
    </message>
    <message>
        <source>run {run}, {label}</source>
        <translation>第 {run} 次运行，{label}</translation>
    </message>
    <message>
        <source>none of them</source>
        <translation>都不是</translation>
    </message>
    <message>
        <source>{described}: ask about something the run gives</source>
        <translation>{described}：请询问运行能给出的量</translation>
    </message>
    <message>
        <source>none of the choices</source>
        <translation>没有符合的选项</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>没有数值</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>No lesson is open. Pick one from the Lessons menu, or open a lesson file with File → Open lesson… (Ctrl+L).</source>
        <translation>尚未打开课程。请从“课程”菜单中选择一个，或通过 文件 → 打开课程… (Ctrl+L) 打开课程文件。</translation>
    </message>
    <message>
        <source>Predict, then press Play</source>
        <translation>先预测，再按播放</translation>
    </message>
    <message>
        <source>your answer, a number</source>
        <translation>你的答案（一个数）</translation>
    </message>
    <message>
        <source>your number</source>
        <translation>你的数值</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>作答</translation>
    </message>
    <message>
        <source>lock your answer in, then press Play and watch the run</source>
        <translation>锁定答案，然后按播放并观察运行</translation>
    </message>
    <message>
        <source>Show the verdict now</source>
        <translation>立即显示判定</translation>
    </message>
    <message>
        <source>judge your answer by the run without waiting for it to end on screen</source>
        <translation>根据运行结果判定答案，无需等待其在屏幕上结束</translation>
    </message>
    <message>
        <source>Try this…</source>
        <translation>试试这个…</translation>
    </message>
    <message>
        <source>a suggestion for what to try next on this step</source>
        <translation>关于本步下一步可尝试什么的建议</translation>
    </message>
    <message>
        <source>Set up again</source>
        <translation>重新设置</translation>
    </message>
    <message>
        <source>load this step&apos;s set-up into the studio again</source>
        <translation>将本步的设置重新载入工作室</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Answers within {tolerance} of what the run gives count as right.</source>
        <translation>与运行结果相差不超过 {tolerance} 的答案视为正确。</translation>
    </message>
    <message>
        <source>Your answer: {answer}. The sweep is being run with the step&apos;s set-up. (The Compare tab&apos;s Run sweep draws it.)</source>
        <translation>你的答案：{answer}。正在用本步的设置运行扫描。（“比较”标签页中的“运行扫描”会将其绘出。）</translation>
    </message>
    <message>
        <source>Your answer: {answer}. Now press Play (Space) and watch the race.</source>
        <translation>你的答案：{answer}。现在按播放（空格键）并观察竞赛。</translation>
    </message>
    <message>
        <source>Your answer: {answer}. Now press Play (Space) and watch the training.</source>
        <translation>你的答案：{answer}。现在按播放（空格键）并观察训练。</translation>
    </message>
    <message>
        <source>Your answer: {answer}. Now press Play (Space) and watch the run.</source>
        <translation>你的答案：{answer}。现在按播放（空格键）并观察运行。</translation>
    </message>
    <message>
        <source>“{answer}”</source>
        <translation>“{answer}”</translation>
    </message>
    <message>
        <source>This step&apos;s runs cannot be made: {problem}</source>
        <translation>无法进行本步的运行：{problem}</translation>
    </message>
    <message>
        <source>Your answer: {answer}. Checking it against the run…</source>
        <translation>你的答案：{answer}。正在对照运行结果检查…</translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation>✓ 正确</translation>
    </message>
    <message>
        <source>✗ Not quite</source>
        <translation>✗ 不太对</translation>
    </message>
    <message>
        <source>You answered {answer}. {explanation}</source>
        <translation>你的答案是 {answer}。{explanation}</translation>
    </message>
    <message>
        <source>You changed the set-up after this step loaded it: the verdict describes the step&apos;s own set-up. Set up again loads it back.</source>
        <translation>本步载入设置后你又修改了它：判定针对的是本步自己的设置。“重新设置”可将其重新载入。</translation>
    </message>
</context>
<context>
    <name>LessonQuantities</name>
    <message>
        <source>how the run ends</source>
        <translation>运行如何结束</translation>
    </message>
    <message>
        <source>the steps the run makes</source>
        <translation>运行所走的步数</translation>
    </message>
    <message>
        <source>∂f/∂x at the start point w₀</source>
        <translation>起点 w₀ 处的 ∂f/∂x</translation>
    </message>
    <message>
        <source>∂f/∂y at the start point w₀</source>
        <translation>起点 w₀ 处的 ∂f/∂y</translation>
    </message>
    <message>
        <source>x of w₁, the point after the first update</source>
        <translation>w₁（第一次更新后的点）的 x</translation>
    </message>
    <message>
        <source>y of w₁, the point after the first update</source>
        <translation>w₁（第一次更新后的点）的 y</translation>
    </message>
    <message>
        <source>x of the run&apos;s last point</source>
        <translation>运行最后一个点的 x</translation>
    </message>
    <message>
        <source>y of the run&apos;s last point</source>
        <translation>运行最后一个点的 y</translation>
    </message>
    <message>
        <source>f at the run&apos;s last point</source>
        <translation>运行最后一个点处的 f</translation>
    </message>
    <message>
        <source>‖∇f‖ at the run&apos;s last point</source>
        <translation>运行最后一个点处的 ‖∇f‖</translation>
    </message>
    <message>
        <source>the kind of point the run stops at</source>
        <translation>运行停止处的点的类型</translation>
    </message>
    <message>
        <source>the condition number κ at the run&apos;s last point</source>
        <translation>运行最后一个点处的条件数 κ</translation>
    </message>
    <message>
        <source>the largest stable γ = 2/λ_max at the run&apos;s last point</source>
        <translation>运行最后一个点处的最大稳定 γ = 2/λ_max</translation>
    </message>
    <message>
        <source>how a run of the race ends</source>
        <translation>竞赛中某次运行如何结束</translation>
    </message>
    <message>
        <source>the steps a run of the race makes</source>
        <translation>竞赛中某次运行所走的步数</translation>
    </message>
    <message>
        <source>x of a race run&apos;s last point</source>
        <translation>竞赛中某次运行最后一个点的 x</translation>
    </message>
    <message>
        <source>y of a race run&apos;s last point</source>
        <translation>竞赛中某次运行最后一个点的 y</translation>
    </message>
    <message>
        <source>f at a race run&apos;s last point</source>
        <translation>竞赛中某次运行最后一个点处的 f</translation>
    </message>
    <message>
        <source>the run of the race that converges first</source>
        <translation>竞赛中最先收敛的运行</translation>
    </message>
    <message>
        <source>the evaluations of f (each with its ∇f) a run of the race makes</source>
        <translation>竞赛中某次运行对 f 的求值次数（每次连同 ∇f）</translation>
    </message>
    <message>
        <source>the run of the race that converges with the fewest evaluations of f</source>
        <translation>竞赛中以最少 f 求值次数收敛的运行</translation>
    </message>
    <message>
        <source>the γ of the sweep that converges in the fewest steps</source>
        <translation>扫描中以最少步数收敛的 γ</translation>
    </message>
    <message>
        <source>the smallest γ of the sweep that diverges</source>
        <translation>扫描中发散的最小 γ</translation>
    </message>
    <message>
        <source>how many γ of the sweep converge</source>
        <translation>扫描中有多少个 γ 收敛</translation>
    </message>
    <message>
        <source>how many γ of the sweep diverge</source>
        <translation>扫描中有多少个 γ 发散</translation>
    </message>
    <message>
        <source>how the training ends</source>
        <translation>训练如何结束</translation>
    </message>
    <message>
        <source>the steps the training makes</source>
        <translation>训练所走的步数</translation>
    </message>
    <message>
        <source>L(w) at the training&apos;s last step</source>
        <translation>训练最后一步的 L(w)</translation>
    </message>
    <message>
        <source>the accuracy on the training points (0 to 1)</source>
        <translation>训练点上的准确率（0 到 1）</translation>
    </message>
    <message>
        <source>the accuracy on the test points (0 to 1)</source>
        <translation>测试点上的准确率（0 到 1）</translation>
    </message>
    <message>
        <source>the mean squared error on the training points</source>
        <translation>训练点上的均方误差</translation>
    </message>
    <message>
        <source>the mean squared error on the test points</source>
        <translation>测试点上的均方误差</translation>
    </message>
    <message>
        <source>the network&apos;s parameters (weights and biases)</source>
        <translation>网络的参数（权重和偏置）</translation>
    </message>
</context>
<context>
    <name>LessonQuestions</name>
    <message>
        <source>at least {low}</source>
        <translation>至少 {low}</translation>
    </message>
    <message>
        <source>below {high}</source>
        <translation>低于 {high}</translation>
    </message>
    <message>
        <source>from {low} to below {high}</source>
        <translation>从 {low} 到低于 {high}</translation>
    </message>
</context>
<context>
    <name>LessonSlides</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Question:&lt;/b&gt; {prompt}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;问题：&lt;/b&gt;{prompt}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Answer with a number (right within {tolerance}).&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;请用一个数作答（误差在 {tolerance} 以内即为正确）。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The studio&apos;s answer:&lt;/b&gt; {answer}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;工作室的答案：&lt;/b&gt;{answer}。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{lesson}  ·  step {number} of {count}  ·  the answer</source>
        <translation>{lesson}  ·  第 {number} 步，共 {count} 步  ·  答案</translation>
    </message>
    <message>
        <source>{lesson}  ·  step {number} of {count}</source>
        <translation>{lesson}  ·  第 {number} 步，共 {count} 步</translation>
    </message>
</context>
<context>
    <name>LessonStudio</name>
    <message>
        <source>gdstudio lessons ({pattern});;JSON files (*.json);;All files (*)</source>
        <translation>gdstudio 课程 ({pattern});;JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>&amp;Lesson panel</source>
        <translation>课程面板(&amp;L)</translation>
    </message>
    <message>
        <source>show or hide the lesson beside the tabs</source>
        <translation>显示或隐藏标签页旁的课程</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>打开课程(&amp;L)…</translation>
    </message>
    <message>
        <source>open a lesson file</source>
        <translation>打开课程文件</translation>
    </message>
    <message>
        <source>&amp;New lesson…</source>
        <translation>新建课程(&amp;N)…</translation>
    </message>
    <message>
        <source>start writing a lesson of your own</source>
        <translation>开始编写你自己的课程</translation>
    </message>
    <message>
        <source>&amp;Add current set-up as a step…</source>
        <translation>将当前设置添加为一步(&amp;A)…</translation>
    </message>
    <message>
        <source>the studio as it is now becomes the lesson&apos;s next step</source>
        <translation>工作室的当前状态成为课程的下一步</translation>
    </message>
    <message>
        <source>&amp;Edit lesson…</source>
        <translation>编辑课程(&amp;E)…</translation>
    </message>
    <message>
        <source>the lesson&apos;s details and steps: edit, delete, reorder</source>
        <translation>课程的详情和各步：编辑、删除、排序</translation>
    </message>
    <message>
        <source>&amp;Save lesson…</source>
        <translation>保存课程(&amp;S)…</translation>
    </message>
    <message>
        <source>check every answer against the studio&apos;s runs, then save</source>
        <translation>对照工作室的运行检查每个答案，然后保存</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>The tabs leave the lesson panel little room at this zoom: View → Side panel (Ctrl+B) hides their settings to give it more.</source>
        <translation>在此缩放下，标签页留给课程面板的空间很小：视图 → 侧边栏 (Ctrl+B) 可隐藏其设置以腾出空间。</translation>
    </message>
    <message>
        <source>Lesson “{title}”: {count} steps. Answer each question before you press Play.</source>
        <translation>课程“{title}”：共 {count} 步。请在按播放之前回答每个问题。</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>无法打开课程</translation>
    </message>
    <message>
        <source>Start a new lesson</source>
        <translation>开始新课程</translation>
    </message>
    <message>
        <source>“{title}” has steps that are not saved. Start a new lesson anyway?</source>
        <translation>“{title}”有未保存的步。仍要开始新课程吗？</translation>
    </message>
    <message>
        <source>New lesson “{title}”: set the studio up, then Lessons → Add current set-up as a step.</source>
        <translation>新课程“{title}”：先设置好工作室，然后选择 课程 → 将当前设置添加为一步。</translation>
    </message>
    <message>
        <source>Step {number} added to “{title}”. Lessons → Save lesson… writes the file.</source>
        <translation>已将第 {number} 步添加到“{title}”。课程 → 保存课程… 会写入文件。</translation>
    </message>
    <message>
        <source>Checking every answer against the studio&apos;s runs…</source>
        <translation>正在对照工作室的运行检查每个答案…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>The lesson has no steps yet: set the studio up, then Lessons → Add current set-up as a step.</source>
        <translation>课程还没有任何步：先设置好工作室，然后选择 课程 → 将当前设置添加为一步。</translation>
    </message>
    <message>
        <source>Cannot save the lesson</source>
        <translation>无法保存课程</translation>
    </message>
    <message>
        <source>Saving cancelled: nothing was written.</source>
        <translation>已取消保存：未写入任何内容。</translation>
    </message>
    <message>
        <source>step {number}: {problem}</source>
        <translation>第 {number} 步：{problem}</translation>
    </message>
    <message>
        <source>Saved {name}: {count} steps.</source>
        <translation>已保存 {name}：共 {count} 步。</translation>
    </message>
</context>
<context>
    <name>LineSearch</name>
    <message>
        <source>fixed γ</source>
        <translation>固定 γ</translation>
    </message>
    <message>
        <source>α = γ_t: the learning rate (and its schedule), one evaluation a step.</source>
        <translation>α = γ_t：学习率（及其调度），每步一次求值。</translation>
    </message>
    <message>
        <source>backtracking (Armijo)</source>
        <translation>回溯（Armijo）</translation>
    </message>
    <message>
        <source>α = γ, then α ← ρα until f(w + αd) ≤ f(w) + c₁α∇fᵀd.</source>
        <translation>α = γ，然后 α ← ρα，直到 f(w + αd) ≤ f(w) + c₁α∇fᵀd。</translation>
    </message>
    <message>
        <source>strong Wolfe</source>
        <translation>强 Wolfe</translation>
    </message>
    <message>
        <source>bracket and zoom until f falls enough (c₁) and the slope flattens (|φ′(α)| ≤ c₂|φ′(0)|); at most 25 evaluations.</source>
        <translation>先划定区间再缩放，直到 f 下降足够（c₁）且斜率变平（|φ′(α)| ≤ c₂|φ′(0)|）；最多 25 次求值。</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>the minimiser of f along the ray: closed form on a quadratic, a 1-D search otherwise.</source>
        <translation>f 沿射线的极小点：二次函数用闭式解，否则用一维搜索。</translation>
    </message>
    <message>
        <source>c1 must be between 0 and 1 (exclusive), not {c1}</source>
        <translation>c1 必须在 0 与 1 之间（不含端点），而不是 {c1}</translation>
    </message>
    <message>
        <source>c2 must be between 0 and 1 (exclusive), not {c2}</source>
        <translation>c2 必须在 0 与 1 之间（不含端点），而不是 {c2}</translation>
    </message>
    <message>
        <source>c2 must be between c1 = {c1} and 1 (exclusive), not {c2}</source>
        <translation>c2 必须在 c1 = {c1} 与 1 之间（不含端点），而不是 {c2}</translation>
    </message>
    <message>
        <source>the shrink factor ρ must be between 0 and 1 (exclusive), not {shrink}</source>
        <translation>收缩因子 ρ 必须在 0 与 1 之间（不含端点），而不是 {shrink}</translation>
    </message>
    <message>
        <source>no step size satisfied the Armijo condition f(w + αd) ≤ f(w) + c₁α∇fᵀd in {trials} trials (down to α = {alpha})</source>
        <translation>在 {trials} 次试探中没有步长满足 Armijo 条件 f(w + αd) ≤ f(w) + c₁α∇fᵀd（α 已减至 {alpha}）</translation>
    </message>
    <message>
        <source>the curvature condition was not met in {evaluations} evaluations: the lowest trial that satisfies the Armijo condition is taken</source>
        <translation>在 {evaluations} 次求值中未满足曲率条件：采用满足 Armijo 条件的最低试探</translation>
    </message>
    <message>
        <source>the strong-Wolfe search found no step size satisfying f(w + αd) ≤ f(w) + c₁α∇fᵀd and |∇f(w + αd)ᵀd| ≤ c₂|∇fᵀd| in {evaluations} evaluations</source>
        <translation>强 Wolfe 搜索在 {evaluations} 次求值中未找到满足 f(w + αd) ≤ f(w) + c₁α∇fᵀd 且 |∇f(w + αd)ᵀd| ≤ c₂|∇fᵀd| 的步长</translation>
    </message>
    <message>
        <source>f is unbounded below along d (dᵀHd ≤ 0): no minimiser on the ray</source>
        <translation>f 沿 d 无下界（dᵀHd ≤ 0）：射线上没有极小点</translation>
    </message>
    <message>
        <source>{evaluations} evaluations did not pin the minimiser down to |φ′(α)| ≤ 10⁻⁸|φ′(0)|: the lowest trial is taken</source>
        <translation>{evaluations} 次求值未能把极小点精确到 |φ′(α)| ≤ 10⁻⁸|φ′(0)|：采用最低的试探</translation>
    </message>
    <message>
        <source>the exact search found no lower point along d in {evaluations} evaluations</source>
        <translation>精确搜索在 {evaluations} 次求值中未沿 d 找到更低的点</translation>
    </message>
</context>
<context>
    <name>LineSearchPlot</name>
    <message>
        <source>fixed γ</source>
        <translation>固定 γ</translation>
    </message>
    <message>
        <source>backtracking (Armijo)</source>
        <translation>回溯（Armijo）</translation>
    </message>
    <message>
        <source>strong Wolfe</source>
        <translation>强 Wolfe</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>line-search plot</source>
        <translation>线搜索图</translation>
    </message>
    <message>
        <source>step size α</source>
        <translation>步长 α</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>step {step}: {rule}, 1 trial, {taken}</source>
        <translation>第 {step} 步：{rule}，1 次试探，{taken}</translation>
    </message>
    <message>
        <source>step {step}: 1 trial, {taken}</source>
        <translation>第 {step} 步：1 次试探，{taken}</translation>
    </message>
    <message>
        <source>step {step}: {rule}, {count} trials, {taken}</source>
        <translation>第 {step} 步：{rule}，{count} 次试探，{taken}</translation>
    </message>
    <message>
        <source>step {step}: {count} trials, {taken}</source>
        <translation>第 {step} 步：{count} 次试探，{taken}</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>step t</source>
        <translation>步 t</translation>
    </message>
    <message>
        <source>loss {quantity}</source>
        <translation>损失 {quantity}</translation>
    </message>
    <message>
        <source>f reaches 0: a log axis has no 0, so those steps are left as gaps</source>
        <translation>f 达到 0：对数轴上没有 0，因此这些步留作空缺</translation>
    </message>
    <message>
        <source>{quantity}, log scale</source>
        <translation>{quantity}，对数刻度</translation>
    </message>
    <message>
        <source>loss {quantity} against the step t</source>
        <translation>损失 {quantity} 随步 t 的变化</translation>
    </message>
</context>
<context>
    <name>LossScale</name>
    <message>
        <source>{name} goes below 0 (min {lowest})</source>
        <translation>{name} 低于 0（最小值 {lowest}）</translation>
    </message>
    <message>
        <source>{name} reaches 0</source>
        <translation>{name} 达到 0</translation>
    </message>
    <message>
        <source>{where}: the loss axis shows {name} − min {name} on a log scale</source>
        <translation>{where}：损失轴以对数刻度显示 {name} − min {name}</translation>
    </message>
    <message>
        <source>{where}: a log axis has no 0, so the zeros are drawn at the lowest positive {name}, {lowest}</source>
        <translation>{where}：对数轴没有 0，因此零值画在最小的正 {name} 处，即 {lowest}</translation>
    </message>
    <message>
        <source>{where}: the loss is shown on a linear axis</source>
        <translation>{where}：损失以线性轴显示</translation>
    </message>
</context>
<context>
    <name>MLPBatchRace</name>
    <message>
        <source>full batch (N = {count})</source>
        <translation>全批量（N = {count}）</translation>
    </message>
    <message>
        <source>mini-batches of {size}, γ = {learning_rate}</source>
        <translation>大小为 {size} 的小批量，γ = {learning_rate}</translation>
    </message>
    <message>
        <source>mini-batches of {size}, constant γ = {learning_rate}</source>
        <translation>大小为 {size} 的小批量，恒定 γ = {learning_rate}</translation>
    </message>
    <message>
        <source>mini-batches of {size}, {schedule} {formula}</source>
        <translation>大小为 {size} 的小批量，{schedule} {formula}</translation>
    </message>
</context>
<context>
    <name>MLPDataFile</name>
    <message>
        <source>row {row}, column {column}: {cell} is not a number</source>
        <translation>第 {row} 行第 {column} 列：{cell} 不是数字</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {cell} is not a finite number</source>
        <translation>第 {row} 行第 {column} 列：{cell} 不是有限数</translation>
    </message>
    <message>
        <source>the file is too large: at most {megabytes} MB</source>
        <translation>文件过大：最多 {megabytes} MB</translation>
    </message>
    <message>
        <source>the file is not a text file (it contains NUL bytes)</source>
        <translation>该文件不是文本文件（包含 NUL 字节）</translation>
    </message>
    <message>
        <source>row {row}: a quoted cell runs on over several lines (is a closing quote missing?)</source>
        <translation>第 {row} 行：一个带引号的单元格跨越了多行（是否缺少右引号？）</translation>
    </message>
    <message>
        <source>the file has too many rows: at most {rows}</source>
        <translation>文件行数过多：最多 {rows} 行</translation>
    </message>
    <message>
        <source>the file is not valid CSV: {error}</source>
        <translation>该文件不是有效的 CSV：{error}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>expected 3 columns (x1, x2 and a label or target) or 2 (x, t) for a regression, found {width}</source>
        <translation>应为 3 列（x1、x2 和一个标签或目标值），回归时也可为 2 列（x, t），实际为 {width} 列</translation>
    </message>
    <message>
        <source>a classification file needs 3 columns (x1, x2, label), found 2</source>
        <translation>分类文件需要 3 列（x1、x2、标签），实际为 2 列</translation>
    </message>
    <message>
        <source>the file has {rows} data rows: at least {minimum} are needed</source>
        <translation>文件有 {rows} 行数据：至少需要 {minimum} 行</translation>
    </message>
    <message>
        <source>row {row} has {columns} columns, expected {width}</source>
        <translation>第 {row} 行有 {columns} 列，应为 {width} 列</translation>
    </message>
    <message>
        <source>row {row}, column 3: class labels must be whole numbers, not {value}</source>
        <translation>第 {row} 行第 3 列：类别标签必须是整数，而不是 {value}</translation>
    </message>
    <message>
        <source>the label column has {classes} different classes: at most {maximum} are allowed</source>
        <translation>标签列有 {classes} 个不同类别：最多允许 {maximum} 个</translation>
    </message>
    <message>
        <source>the label column has only one class: a classifier needs at least 2</source>
        <translation>标签列只有一个类别：分类器至少需要 2 个</translation>
    </message>
    <message>
        <source>{path} is too large ({size} MB): at most {megabytes} MB</source>
        <translation>{path} 过大（{size} MB）：最多 {megabytes} MB</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
        <source>{path} is too large: at most {megabytes} MB</source>
        <translation>{path} 过大：最多 {megabytes} MB</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text (byte {byte})</source>
        <translation>{path} 不是 UTF-8 文本（第 {byte} 字节）</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>the seed is not a whole number</source>
        <translation>随机种子不是整数</translation>
    </message>
    <message>
        <source>the number of samples is not a whole number</source>
        <translation>样本数不是整数</translation>
    </message>
    <message>
        <source>{key} is missing</source>
        <translation>缺少 {key}</translation>
    </message>
    <message>
        <source>the data settings are damaged: {problem}</source>
        <translation>数据设置已损坏：{problem}</translation>
    </message>
</context>
<context>
    <name>MLPFan</name>
    <message>
        <source>the batch size must be a whole number from 1 to the {count} training points, not {value}</source>
        <translation>批量大小必须是 1 到训练点数 {count} 之间的整数，而不是 {value}</translation>
    </message>
</context>
<context>
    <name>MLPFanFigure</name>
    <message>
        <source>{count} batches of one epoch</source>
        <translation>一个轮次的 {count} 个批次</translation>
    </message>
    <message>
        <source>{count} random batches</source>
        <translation>{count} 个随机批次</translation>
    </message>
    <message>
        <source>{what}, B = {batch} of N = {count}:  mean of the batch gradients = ∇L (‖mean − ∇L‖ = {distance}, ‖∇L‖ = {norm});  spread E‖g_B − ∇L‖² = {measured} measured, (N − B)/(B(N − 1))·σ² = {formula}</source>
        <translation>{what}，B = {batch}（共 N = {count}）：批次梯度的均值 = ∇L（‖均值 − ∇L‖ = {distance}，‖∇L‖ = {norm}）；离散度 E‖g_B − ∇L‖² = {measured}（实测），(N − B)/(B(N − 1))·σ² = {formula}</translation>
    </message>
    <message>
        <source>the {count} batches of epoch {epoch}</source>
        <translation>第 {epoch} 轮次的 {count} 个批次</translation>
    </message>
    <message>
        <source>exact on (w, b)</source>
        <translation>在 (w, b) 上精确</translation>
    </message>
    <message>
        <source>projected on the map&apos;s plane</source>
        <translation>投影到图的平面上</translation>
    </message>
    <message>
        <source>At t = {t}, {what} of B = {batch} ({where}):&lt;br&gt;&lt;b&gt;mean of the batch gradients = ∇L&lt;/b&gt; (‖mean − ∇L‖ = {distance}, ‖∇L‖ = {norm})&lt;br&gt;spread E‖g&lt;sub&gt;B&lt;/sub&gt; − ∇L‖² = {measured} measured, (N − B)/(B(N − 1))·σ² = {formula}</source>
        <translation>在 t = {t} 时，{what}，B = {batch}（{where}）：&lt;br&gt;&lt;b&gt;批次梯度的均值 = ∇L&lt;/b&gt;（‖均值 − ∇L‖ = {distance}，‖∇L‖ = {norm}）&lt;br&gt;离散度 E‖g&lt;sub&gt;B&lt;/sub&gt; − ∇L‖² = {measured}（实测），(N − B)/(B(N − 1))·σ² = {formula}</translation>
    </message>
    <message>
        <source>−∂L/∂w (slope)</source>
        <translation>−∂L/∂w（斜率）</translation>
    </message>
    <message>
        <source>−∂L/∂b (intercept)</source>
        <translation>−∂L/∂b（截距）</translation>
    </message>
    <message>
        <source>along −∇L</source>
        <translation>沿 −∇L</translation>
    </message>
    <message>
        <source>across −∇L, where the batch gradients spread most</source>
        <translation>垂直于 −∇L，批次梯度最分散的方向</translation>
    </message>
    <message>
        <source>−g_B, one a batch</source>
        <translation>−g_B，每批次一个</translation>
    </message>
    <message>
        <source>−∇L, the full batch</source>
        <translation>−∇L，全批量</translation>
    </message>
    <message>
        <source>−(mean of the batch gradients)</source>
        <translation>−（批次梯度的均值）</translation>
    </message>
    <message>
        <source>{name}: {network}     — the minibatch fan at w</source>
        <translation>{name}：{network}     — w 处的小批量扇形图</translation>
    </message>
</context>
<context>
    <name>MLPFigure</name>
    <message>
        <source>{name}: {network}    {optimizer}, γ = {rate}    {status} after {steps} steps</source>
        <translation>{name}：{network}    {optimizer}，γ = {rate}    {steps} 步后{status}</translation>
    </message>
    <message>
        <source>the network ({weights} parameters on {examples} points) is too large to map</source>
        <translation>网络（{weights} 个参数，{examples} 个点）太大，无法绘图</translation>
    </message>
    <message>
        <source>No weight-space map: {error}</source>
        <translation>无权重空间图：{error}</translation>
    </message>
    <message>
        <source>the path w₀ … w_t</source>
        <translation>路径 w₀ … w_t</translation>
    </message>
    <message>
        <source>least-squares (w*, b*)</source>
        <translation>最小二乘 (w*, b*)</translation>
    </message>
    <message>
        <source>train, mean E per example (N = {n})</source>
        <translation>训练，每个样本的平均 E (N = {n})</translation>
    </message>
    <message>
        <source>test, mean E per example (N = {n})</source>
        <translation>测试，每个样本的平均 E (N = {n})</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>train accuracy {percent} %</source>
        <translation>训练准确率 {percent} %</translation>
    </message>
    <message>
        <source>, test {percent} %</source>
        <translation>，测试 {percent} %</translation>
    </message>
    <message>
        <source>{target} (points) and f_w (field)</source>
        <translation>{target}（点）与 f_w（场）</translation>
    </message>
    <message>
        <source>, test MSE {mse}</source>
        <translation>，测试 MSE {mse}</translation>
    </message>
    <message>
        <source>train MSE {mse}</source>
        <translation>训练 MSE {mse}</translation>
    </message>
</context>
<context>
    <name>MLPHelp</name>
    <message>
        <source>The MLP task tab</source>
        <translation>MLP 任务选项卡</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;MLP task&lt;/b&gt; tab trains a small neural network &lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt; on points in the plane
(or on your own CSV file) by gradient descent. &lt;i&gt;w&lt;/i&gt; is every weight and bias of the network written
as one long vector: 105 numbers for XOR&apos;s 2-8-8-1 network, 2 for the line fit.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;The network.&lt;/b&gt; An input &lt;i&gt;x&lt;/i&gt; goes through the layers: each computes
&lt;i&gt;z&lt;/i&gt; = &lt;i&gt;a W&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt; from the layer before and, in the hidden layers, an activation
(tanh, ReLU, sigmoid or none). The output is a probability of class 1 (sigmoid, two classes), one
probability per class (softmax, three or more) or a number (linear, a regression). With no hidden
layer the network is a linear model and is named as one: &lt;i&gt;1 → 1 linear&lt;/i&gt; is a straight line
&lt;i&gt;w x&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;, &lt;i&gt;2 → 1 logistic&lt;/i&gt; is logistic regression.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;The loss is a sum of errors.&lt;/b&gt; Learning means finding the &lt;i&gt;w&lt;/i&gt; that makes
&lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;) = Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;E&lt;/i&gt;(&lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt;(&lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;), &lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;)
small: &lt;i&gt;E&lt;/i&gt; is the error on one example (cross-entropy for classes, the squared error for values),
summed over the training points. The &lt;i&gt;mean&lt;/i&gt; reduction divides by their number &lt;i&gt;N&lt;/i&gt;; its
gradient is &lt;i&gt;N&lt;/i&gt; times smaller, so the same steps need γ × &lt;i&gt;N&lt;/i&gt;. An L2 penalty adds
(λ/2)‖&lt;i&gt;W&lt;/i&gt;‖² on the weights. The step readout gives &lt;i&gt;L&lt;/i&gt; as the descent uses it. The loss
curves give, for the training and the test points alike, the mean error per example
(1/&lt;i&gt;N&lt;/i&gt;) Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;E&lt;/i&gt; without the penalty: a sum over 350 training points and one
over 150 test points would not compare, a mean per example does.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;The decision boundary.&lt;/b&gt; The data panel colours every place of the plane by the class the
network predicts there; the boundary is where the prediction changes (a probability of 0.5). A
regression shows its fitted curve, or, on two inputs, the colour field of &lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt; under
the points.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;What the weight-space map is, and is not.&lt;/b&gt; &lt;i&gt;w&lt;/i&gt; has hundreds of coordinates and a
picture has two, so the map is the loss on a flat slice of weight space through the initial weights
&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt;: &lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; + α &lt;i&gt;d&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt; + β &lt;i&gt;d&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt;)
for two chosen directions &lt;i&gt;d&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;, &lt;i&gt;d&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt;, with the path projected onto it.
It is not the landscape the descent walks on: every step moves all the weights at once, mostly out of
the slice. So the colour under the dot is the loss at the projected point, not at
&lt;i&gt;w&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;; the panel gives both numbers, the true loss &lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;) and the
slice&apos;s, and the gap between them is how far the descent has left the slice.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;A plane that stays still.&lt;/b&gt; The plane is chosen once and held, so the map and its colours stay
still while the dot moves across them; if the path runs off the edge, the map widens, with the same
plane and colours.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Path plane&lt;/b&gt; (the default): through &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; along the straight line to
&lt;i&gt;w&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt; and along the direction in which the path turns farthest away from that line. It
holds &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; and &lt;i&gt;w&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt; exactly. It is chosen again when you ask
(&quot;Re-fit the plane to the path&quot;) and at the end of a run; before the first step the line is the
steepest descent direction −∇&lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt;).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;PCA plane&lt;/b&gt;: the two directions in which the path so far spreads most, frozen while the run
plays and refreshed when it pauses.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Random plane&lt;/b&gt;: two random directions, each neuron&apos;s part scaled to that neuron&apos;s own size,
fixed for the run. The path mostly leaves it: a reminder of how many directions there are.&lt;/li&gt;
&lt;/ul&gt;

&lt;p&gt;&lt;b&gt;The two-weight bowl.&lt;/b&gt; The line fit (or any &lt;i&gt;x&lt;/i&gt;,&lt;i&gt;t&lt;/i&gt; file trained with no hidden
layer) has exactly two weights, the slope &lt;i&gt;w&lt;/i&gt; and the intercept &lt;i&gt;b&lt;/i&gt;. Then there is no slice
to take: the map is the exact loss &lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;, &lt;i&gt;b&lt;/i&gt;) over the whole weight space, and the
dot walks down it while the line turns to fit the points. For the squared error &lt;i&gt;L&lt;/i&gt; is a
quadratic bowl: its curvature is the same everywhere (the Hessian 2&lt;i&gt;X&lt;/i&gt;ᵀ&lt;i&gt;X&lt;/i&gt; for the sum,
&lt;i&gt;X&lt;/i&gt; the inputs with a column of ones), its lowest point is the least-squares line (marked), and
plain gradient descent reaches it from any start exactly when γ &amp;lt; 2/λ&lt;sub&gt;max&lt;/sub&gt;. The points&apos; x
run from 0 to 2, not around 0, so the slope and the intercept pull against each other: the bowl is
long and tilted, and a γ near the limit zig-zags across it, as on the Function tab&apos;s seed function.
With mini-batches each step follows the gradient of a few points only: the path is noisy, and with a
fixed γ it never settles, but jitters around the lowest point. Race it against the full batch to see
both on the same bowl. Two inputs with no hidden layer make three weights: that map is a slice
again.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;Weights you can take away.&lt;/b&gt; The run report (Export → Run report, or &lt;i&gt;gdstudio run --task
--json&lt;/i&gt;) holds the final weights layer by layer, in PyTorch&apos;s layout, and the command line writes
the data the run used with &lt;i&gt;--data-out&lt;/i&gt;, so the loss can be computed again anywhere.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;&lt;b&gt;MLP 任务&lt;/b&gt;选项卡用梯度下降在平面上的点（或您自己的 CSV 文件）上训练一个小型神经网络 &lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt;。&lt;i&gt;w&lt;/i&gt; 是网络的全部权重和偏置，写成一个长向量：XOR 的 2-8-8-1 网络有 105 个数，直线拟合有 2 个。&lt;/p&gt;

&lt;p&gt;&lt;b&gt;网络。&lt;/b&gt;输入 &lt;i&gt;x&lt;/i&gt; 依次经过各层：每一层由前一层计算
&lt;i&gt;z&lt;/i&gt; = &lt;i&gt;a W&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;，并在隐藏层中施加一个激活函数
（tanh、ReLU、sigmoid 或无）。输出是类别 1 的概率（sigmoid，两个类别）、每个类别一个概率（softmax，三个或更多类别）或一个数（线性，即回归）。没有隐藏层时，网络就是一个线性模型，并按此命名：&lt;i&gt;1 → 1 线性&lt;/i&gt;是一条直线
&lt;i&gt;w x&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;，&lt;i&gt;2 → 1 逻辑&lt;/i&gt;是逻辑回归。&lt;/p&gt;

&lt;p&gt;&lt;b&gt;损失是误差之和。&lt;/b&gt;学习就是寻找使
&lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;) = Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;E&lt;/i&gt;(&lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt;(&lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;), &lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;)
变小的 &lt;i&gt;w&lt;/i&gt;：&lt;i&gt;E&lt;/i&gt; 是单个样本上的误差（类别用交叉熵，数值用平方误差），对所有训练点求和。&lt;i&gt;均值&lt;/i&gt;归约再除以训练点数 &lt;i&gt;N&lt;/i&gt;；其梯度小 &lt;i&gt;N&lt;/i&gt; 倍，因此要走相同的步需要 γ × &lt;i&gt;N&lt;/i&gt;。L2 惩罚在权重上加上
(λ/2)‖&lt;i&gt;W&lt;/i&gt;‖²。步信息显示的是下降所用的 &lt;i&gt;L&lt;/i&gt;。损失曲线对训练点和测试点一视同仁，给出不含惩罚的每个样本平均误差
(1/&lt;i&gt;N&lt;/i&gt;) Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;E&lt;/i&gt;：350 个训练点上的和与 150 个测试点上的和无法比较，而每个样本的平均值可以。&lt;/p&gt;

&lt;p&gt;&lt;b&gt;决策边界。&lt;/b&gt;数据面板按网络在平面上每一处预测的类别为其着色；边界就是预测发生变化的地方（概率为 0.5）。回归显示其拟合曲线，若有两个输入，则在点的下方显示 &lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt; 的颜色场。&lt;/p&gt;

&lt;p&gt;&lt;b&gt;权重空间图是什么，不是什么。&lt;/b&gt;&lt;i&gt;w&lt;/i&gt; 有数百个坐标，而图片只有两个，因此这张图是经过初始权重
&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; 的权重空间平面切片上的损失：&lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; + α &lt;i&gt;d&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt; + β &lt;i&gt;d&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt;)，
其中 &lt;i&gt;d&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;、&lt;i&gt;d&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt; 是两个选定的方向，路径投影在其上。
它不是下降所走的地形：每一步都会同时移动所有权重，而且大多是移出切片。因此圆点下方的颜色是投影点处的损失，而不是
&lt;i&gt;w&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt; 处的；面板给出两个数，即真实损失 &lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;) 和切片上的损失，二者之差表示下降离开切片有多远。&lt;/p&gt;

&lt;p&gt;&lt;b&gt;保持不动的平面。&lt;/b&gt;平面只选择一次并保持不变，因此当圆点在图上移动时，图和颜色都保持不动；如果路径跑出边缘，图会扩大，但平面和颜色不变。&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;路径平面&lt;/b&gt;（默认）：经过 &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt;，沿着通往
&lt;i&gt;w&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt; 的直线，以及路径偏离该直线最远的方向。它精确地包含 &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; 和 &lt;i&gt;w&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;。在您要求时（“将平面重新拟合到路径”）以及运行结束时会重新选择；在第一步之前，这条直线是最速下降方向 −∇&lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt;)。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;PCA 平面&lt;/b&gt;：目前路径离散程度最大的两个方向，运行播放时冻结，暂停时刷新。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;随机平面&lt;/b&gt;：两个随机方向，每个神经元的分量按该神经元自身的大小缩放，在整个运行中固定。路径大多会离开它：提醒我们方向有多少。&lt;/li&gt;
&lt;/ul&gt;

&lt;p&gt;&lt;b&gt;两个权重的碗。&lt;/b&gt;直线拟合（或任何不带隐藏层训练的 &lt;i&gt;x&lt;/i&gt;,&lt;i&gt;t&lt;/i&gt; 文件）恰好有两个权重：斜率 &lt;i&gt;w&lt;/i&gt; 和截距 &lt;i&gt;b&lt;/i&gt;。这时无需取切片：这张图就是整个权重空间上的精确损失 &lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;, &lt;i&gt;b&lt;/i&gt;)，圆点沿它下行，同时直线转动以拟合这些点。对于平方误差，&lt;i&gt;L&lt;/i&gt; 是一个二次碗：其曲率处处相同（求和时黑塞矩阵为 2&lt;i&gt;X&lt;/i&gt;ᵀ&lt;i&gt;X&lt;/i&gt;，
&lt;i&gt;X&lt;/i&gt; 为带一列 1 的输入），其最低点是最小二乘直线（已标出），并且普通梯度下降当且仅当 γ &amp;lt; 2/λ&lt;sub&gt;max&lt;/sub&gt; 时能从任意起点到达它。这些点的 x 从 0 到 2，而不是围绕 0 分布，因此斜率和截距相互牵制：碗又长又斜，γ 接近上限时会在碗中来回锯齿式振荡，就像函数选项卡的初始函数那样。
使用小批量时，每一步只沿少数几个点的梯度前进：路径带有噪声，γ 固定时永远不会稳定下来，而是在最低点附近抖动。让它与全批量进行竞赛，即可在同一个碗上看到两者。两个输入且没有隐藏层时有三个权重：那张图又是切片了。&lt;/p&gt;

&lt;p&gt;&lt;b&gt;可以带走的权重。&lt;/b&gt;运行报告（导出 → 运行报告，或 &lt;i&gt;gdstudio run --task
--json&lt;/i&gt;）按 PyTorch 的布局逐层保存最终权重，命令行还可以用 &lt;i&gt;--data-out&lt;/i&gt; 写出运行所用的数据，因此损失可以在任何地方重新计算。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Where the weight-space pictures come from.&lt;/b&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Hao Li, Zheng Xu, Gavin Taylor, Christoph Studer and Tom Goldstein (2018), &lt;i&gt;Visualizing the Loss
Landscape of Neural Nets&lt;/i&gt;, NeurIPS: slices along random directions, &lt;i&gt;filter-normalised&lt;/i&gt; so that
each neuron moves by as much as its own size (the random plane), and along the principal directions
of the path (the PCA plane).&lt;/li&gt;
&lt;li&gt;Ian Goodfellow, Oriol Vinyals and Andrew Saxe (2015), &lt;i&gt;Qualitatively Characterizing Neural
Network Optimization Problems&lt;/i&gt;, ICLR: the loss along the straight line from the initial to the
trained weights, which the path plane holds as its first direction.&lt;/li&gt;
&lt;/ul&gt;
</source>
        <translation>&lt;p&gt;&lt;b&gt;权重空间图片的来源。&lt;/b&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Hao Li、Zheng Xu、Gavin Taylor、Christoph Studer 和 Tom Goldstein（2018），&lt;i&gt;Visualizing the Loss
Landscape of Neural Nets&lt;/i&gt;，NeurIPS：沿随机方向的切片，经过&lt;i&gt;滤波器归一化&lt;/i&gt;，使每个神经元移动的幅度与其自身大小相当（随机平面），以及沿路径主方向的切片（PCA 平面）。&lt;/li&gt;
&lt;li&gt;Ian Goodfellow、Oriol Vinyals 和 Andrew Saxe（2015），&lt;i&gt;Qualitatively Characterizing Neural
Network Optimization Problems&lt;/i&gt;，ICLR：沿从初始权重到训练后权重的直线的损失，路径平面将其作为第一个方向。&lt;/li&gt;
&lt;/ul&gt;
</translation>
    </message>
</context>
<context>
    <name>MLPLossPlot</name>
    <message>
        <source>mean E per example</source>
        <translation>每个样本的平均 E</translation>
    </message>
    <message>
        <source>{quantity} − its minimum</source>
        <translation>{quantity} − 其最小值</translation>
    </message>
</context>
<context>
    <name>MLPNetwork</name>
    <message>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>logistic</source>
        <translation>逻辑回归</translation>
    </message>
    <message>
        <source>softmax (multinomial logistic)</source>
        <translation>softmax（多项逻辑回归）</translation>
    </message>
    <message>
        <source>hidden layers are widths separated by commas, for example 8,8; got {text}</source>
        <translation>隐藏层应为以逗号分隔的宽度，例如 8,8；实际为 {text}</translation>
    </message>
    <message>
        <source>at most {maximum} hidden layers, not {count}</source>
        <translation>最多 {maximum} 个隐藏层，而不是 {count} 个</translation>
    </message>
    <message>
        <source>each hidden layer needs 1 to {maximum} units, not {width}</source>
        <translation>每个隐藏层需要 1 到 {maximum} 个单元，而不是 {width} 个</translation>
    </message>
    <message>
        <source>a softmax output needs at least 2 units</source>
        <translation>softmax 输出至少需要 2 个单元</translation>
    </message>
    <message>
        <source>{shape}, {count} parameters</source>
        <translation>{shape}, {count} 个参数</translation>
    </message>
    <message>
        <source>cross-entropy needs a classification task; use mse for regression</source>
        <translation>交叉熵需要分类任务；回归请使用 mse</translation>
    </message>
    <message>
        <source>the L2 strength λ must be a number ≥ 0, not {value}</source>
        <translation>L2 强度 λ 必须是 ≥ 0 的数，而不是 {value}</translation>
    </message>
    <message>
        <source>the data set has no training points</source>
        <translation>数据集中没有训练点</translation>
    </message>
</context>
<context>
    <name>MLPNoiseBall</name>
    <message>
        <source>γ = {learning_rate} is beyond 2/λ_max of the minibatch steps: no cloud, the run leaves the bowl.</source>
        <translation>γ = {learning_rate} 超出了小批量步的 2/λ_max：不会形成云团，运行会离开碗底。</translation>
    </message>
    <message>
        <source>; measured over the second half of the run: {radius}</source>
        <translation>；在运行后半段测得：{radius}</translation>
    </message>
    <message>
        <source>Noise ball: with a constant γ the run ends in a cloud around w*, not on it. Its mean squared radius ≈ (γ/2)·tr(A⁻¹C) grows like γ and shrinks like (N − B)/(B(N − 1)): radius √ ≈ {radius} for γ = {learning_rate}, B = {batch_size} of N = {count}{measured}. A 1/t schedule shrinks it onto w*.</source>
        <translation>噪声球：γ 恒定时，运行最终停在 w* 周围的云团中，而不是 w* 上。其均方半径 ≈ (γ/2)·tr(A⁻¹C) 随 γ 增大，并按 (N − B)/(B(N − 1)) 缩小：γ = {learning_rate}、B = {batch_size}（N = {count}）时半径 √ ≈ {radius}{measured}。1/t 调度会把它收缩到 w*。</translation>
    </message>
</context>
<context>
    <name>MLPPanel</name>
    <message>
        <source>path plane</source>
        <translation>路径平面</translation>
    </message>
    <message>
        <source>PCA plane</source>
        <translation>PCA 平面</translation>
    </message>
    <message>
        <source>random plane</source>
        <translation>随机平面</translation>
    </message>
    <message>
        <source>cross-entropy (ce)</source>
        <translation>交叉熵 (ce)</translation>
    </message>
    <message>
        <source>squared error (mse)</source>
        <translation>平方误差 (mse)</translation>
    </message>
    <message>
        <source>small uniform ±0.1</source>
        <translation>小均匀分布 ±0.1</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>relu</source>
        <translation>relu</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>class labels</source>
        <translation>类别标签</translation>
    </message>
    <message>
        <source>values to fit (regression)</source>
        <translation>待拟合的值（回归）</translation>
    </message>
    <message>
        <source>Task and data</source>
        <translation>任务与数据</translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation>打开 CSV…</translation>
    </message>
    <message>
        <source>Your own data: x1,x2,label rows (classification), x1,x2,t or x,t rows (regression)</source>
        <translation>您自己的数据：x1,x2,label 行（分类），x1,x2,t 或 x,t 行（回归）</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>number of points before the split</source>
        <translation>划分前的点数</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>standard deviation of the Gaussian noise added to the points</source>
        <translation>加到点上的高斯噪声的标准差</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>the share of the points held out as the test set</source>
        <translation>留作测试集的点的比例</translation>
    </message>
    <message>
        <source>test fraction</source>
        <translation>测试比例</translation>
    </message>
    <message>
        <source>the seed of the data: which points are drawn and which are held out for testing (the initial weights have their own seed, under Network)</source>
        <translation>数据的随机种子：决定生成哪些点、哪些点留作测试（初始权重在“网络”下有自己的种子）</translation>
    </message>
    <message>
        <source>data seed</source>
        <translation>数据种子</translation>
    </message>
    <message>
        <source>how the file&apos;s last column is read: class labels (whole numbers) or real values to fit; the first guess is class labels for whole numbers with 2 to {classes} different values</source>
        <translation>文件最后一列的读取方式：类别标签（整数）或待拟合的实数值；默认将具有 2 到 {classes} 个不同取值的整数视为类别标签</translation>
    </message>
    <message>
        <source>last column</source>
        <translation>最后一列</translation>
    </message>
    <message>
        <source>Network f_w</source>
        <translation>网络 f_w</translation>
    </message>
    <message>
        <source>widths, for example 8,8</source>
        <translation>宽度，例如 8,8</translation>
    </message>
    <message>
        <source>hidden layer widths separated by commas (0 or empty: no hidden layer); Enter applies</source>
        <translation>隐藏层宽度，用逗号分隔（0 或留空：无隐藏层）；按回车应用</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>activation φ</source>
        <translation>激活函数 φ</translation>
    </message>
    <message>
        <source>initialisation</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>the seed of the random initial weights w₀</source>
        <translation>随机初始权重 w₀ 的种子</translation>
    </message>
    <message>
        <source>seed of the initial weights w₀</source>
        <translation>初始权重 w₀ 的种子</translation>
    </message>
    <message>
        <source>Re-initialise</source>
        <translation>重新初始化</translation>
    </message>
    <message>
        <source>new random weights w₀ (the next seed)</source>
        <translation>新的随机权重 w₀（下一个种子）</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Loss L(w)</source>
        <translation>损失 L(w)</translation>
    </message>
    <message>
        <source>per-example E</source>
        <translation>单样本 E</translation>
    </message>
    <message>
        <source>sum Σᵢ (the lesson&apos;s L)</source>
        <translation>求和 Σᵢ（课程中的 L）</translation>
    </message>
    <message>
        <source>mean (1/N) Σᵢ</source>
        <translation>均值 (1/N) Σᵢ</translation>
    </message>
    <message>
        <source>reduction</source>
        <translation>归约</translation>
    </message>
    <message>
        <source>L2 regularisation: adds (λ/2)‖W‖² (weights, not biases) to L</source>
        <translation>L2 正则化：在 L 上加 (λ/2)‖W‖²（仅权重，不含偏置）</translation>
    </message>
    <message>
        <source>Descent  w ← w − γ∇L(w)</source>
        <translation>下降  w ← w − γ∇L(w)</translation>
    </message>
    <message>
        <source>mini-batch size for SGD; full batch is the lesson&apos;s gradient descent</source>
        <translation>SGD 的小批量大小；全批量即课程中的梯度下降</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>two runs from the same w₀ in lockstep on the (w, b) map: full-batch gradient descent and mini-batch SGD, or, with a γ schedule chosen, mini-batch SGD with a constant γ and with the schedule on the same batches (for a network with two weights, where the map is the whole weight space)</source>
        <translation>从同一 w₀ 出发、在 (w, b) 图上同步进行的两次运行：全批量梯度下降与小批量 SGD；若选择了 γ 调度，则为在相同批次上使用恒定 γ 与使用该调度的小批量 SGD（适用于只有两个权重的网络，此时该图就是整个权重空间）</translation>
    </message>
    <message>
        <source>learning-rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>γ schedule</source>
        <translation>γ 调度</translation>
    </message>
    <message>
        <source>step size rule</source>
        <translation>步长规则</translation>
    </message>
    <message>
        <source>step size α</source>
        <translation>步长 α</translation>
    </message>
    <message>
        <source>Newton, BFGS and conjugate gradients are for typed functions: a network&apos;s loss has no Hessian to hand and BFGS&apos;s matrix would hold d × d numbers. A line search needs the full batch.</source>
        <translation>Newton、BFGS 和共轭梯度适用于输入的函数：网络的损失没有现成的黑塞矩阵，而 BFGS 的矩阵将有 d × d 个数。线搜索需要全批量。</translation>
    </message>
    <message>
        <source>the run stops after this many steps</source>
        <translation>运行在这么多步后停止</translation>
    </message>
    <message>
        <source>step limit</source>
        <translation>步数上限</translation>
    </message>
    <message>
        <source>Minibatch gradients</source>
        <translation>小批量梯度</translation>
    </message>
    <message>
        <source>Show the fan: batch gradients around ∇L</source>
        <translation>显示扇形图：∇L 周围的批次梯度</translation>
    </message>
    <message>
        <source>at the point shown, −g_B of each minibatch (thin) around −∇L of the full batch (thick) on the weight-space map, with their mean (dashed): exact on the two-weight map, projected on the plane otherwise</source>
        <translation>在所示点处，权重空间图上每个小批量的 −g_B（细线）围绕全批量的 −∇L（粗线），及其均值（虚线）：在双权重图上精确，否则投影到平面上</translation>
    </message>
    <message>
        <source>B of the fan&apos;s batches: B = N collapses the fan onto ∇L, B = 1 spreads it widest</source>
        <translation>扇形图批次的 B：B = N 时扇形图收缩到 ∇L，B = 1 时展开最宽</translation>
    </message>
    <message>
        <source>batch size B of the fan</source>
        <translation>扇形图的批量大小 B</translation>
    </message>
    <message>
        <source>fan&apos;s B</source>
        <translation>扇形图的 B</translation>
    </message>
    <message>
        <source>one epoch&apos;s batches</source>
        <translation>一个轮次的批次</translation>
    </message>
    <message>
        <source>K random batches</source>
        <translation>K 个随机批次</translation>
    </message>
    <message>
        <source>which batches the fan draws</source>
        <translation>扇形图绘制哪些批次</translation>
    </message>
    <message>
        <source>K: how many random batches of B the fan draws</source>
        <translation>K：扇形图绘制多少个大小为 B 的随机批次</translation>
    </message>
    <message>
        <source>K, the fan&apos;s random batches</source>
        <translation>K，扇形图的随机批次数</translation>
    </message>
    <message>
        <source>draws</source>
        <translation>抽取</translation>
    </message>
    <message>
        <source>Back to the initial weights w₀ (R)</source>
        <translation>回到初始权重 w₀ (R)</translation>
    </message>
    <message>
        <source>weight-space plane</source>
        <translation>权重空间平面</translation>
    </message>
    <message>
        <source>Re-fit the plane to the path</source>
        <translation>按路径重新拟合平面</translation>
    </message>
    <message>
        <source>choose the plane again from the path so far, with a new map and colour scale</source>
        <translation>根据目前的路径重新选择平面，并生成新的图和色标</translation>
    </message>
    <message>
        <source>log-scale loss</source>
        <translation>对数刻度损失</translation>
    </message>
    <message>
        <source>minibatch loss beside the training loss</source>
        <translation>在训练损失旁显示小批量损失</translation>
    </message>
    <message>
        <source>draws L_B(w_t), the loss of the minibatch that made each step, as a mean E per example: it jumps from batch to batch around the full training loss</source>
        <translation>绘制 L_B(w_t)，即产生每一步的小批量的损失（每个样本的平均 E）：它随批次在完整训练损失附近跳动</translation>
    </message>
    <message>
        <source>B = {batch} of {count}</source>
        <translation>B = {batch} / {count}</translation>
    </message>
    <message>
        <source>Race full batch against mini-batches of {batch}</source>
        <translation>竞赛：全批量对比大小为 {batch} 的小批量</translation>
    </message>
    <message>
        <source>Race constant γ against {schedule} on mini-batches of {batch}</source>
        <translation>竞赛：恒定 γ 对比 {schedule}（小批量大小 {batch}）</translation>
    </message>
    <message>
        <source>two weights: the map is the whole weight space, L(w, b)</source>
        <translation>两个权重：该图即整个权重空间 L(w, b)</translation>
    </message>
    <message>
        <source>{name} (classes)</source>
        <translation>{name}（分类）</translation>
    </message>
    <message>
        <source>{name} (regression)</source>
        <translation>{name}（回归）</translation>
    </message>
    <message>
        <source>{classes} classes</source>
        <translation>{classes} 个类别</translation>
    </message>
    <message>
        <source>a regression of {target} on ({features})</source>
        <translation>{target} 对 ({features}) 的回归</translation>
    </message>
    <message>
        <source>a regression of {target} on {feature}</source>
        <translation>{target} 对 {feature} 的回归</translation>
    </message>
    <message>
        <source>{name}: {rows} rows, {what}</source>
        <translation>{name}：{rows} 行，{what}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
</context>
<context>
    <name>MLPPresets</name>
    <message>
        <source>Line fit: the loss is a bowl in (w, b)</source>
        <translation>直线拟合：损失是 (w, b) 上的一个碗</translation>
    </message>
    <message>
        <source>Two weights, the slope w and the intercept b: the map is the whole weight space, the bowl L(w, b) of the squared error, and the dot walks down it while the line turns to fit the points.</source>
        <translation>两个权重，斜率 w 和截距 b：这张图就是整个权重空间，即平方误差的碗 L(w, b)；圆点沿碗下行，同时直线转动以拟合这些点。</translation>
    </message>
    <message>
        <source>Noise ball: constant γ against 1/t on the line fit</source>
        <translation>噪声球：直线拟合上恒定 γ 对比 1/t</translation>
    </message>
    <message>
        <source>Mini-batches of 10, the same w₀ and the same batches in the same order: with a constant γ the path ends in a cloud around the least-squares (w*, b*) and never settles; with γ_t = γ/(1 + 0.05·t) the steps shrink and the path closes in on the star.</source>
        <translation>大小为 10 的小批量，相同的 w₀，相同的批次和相同的顺序：γ 恒定时，路径停在最小二乘解 (w*, b*) 周围的云团中，始终无法稳定；采用 γ_t = γ/(1 + 0.05·t) 时，步长逐渐缩小，路径逼近星标。</translation>
    </message>
</context>
<context>
    <name>MLPTab</name>
    <message>
        <source>Loss curves as PNG image</source>
        <translation>损失曲线（PNG 图像）</translation>
    </message>
    <message>
        <source>Loss curves as SVG drawing</source>
        <translation>损失曲线（SVG 矢量图）</translation>
    </message>
    <message>
        <source>Data and decision boundary as PNG image</source>
        <translation>数据与决策边界（PNG 图像）</translation>
    </message>
    <message>
        <source>Data and decision boundary as SVG drawing</source>
        <translation>数据与决策边界（SVG 矢量图）</translation>
    </message>
    <message>
        <source>Weight-space landscape as PNG image</source>
        <translation>权重空间地形（PNG 图像）</translation>
    </message>
    <message>
        <source>Weight-space landscape as SVG drawing</source>
        <translation>权重空间地形（SVG 矢量图）</translation>
    </message>
    <message>
        <source>Run report as JSON</source>
        <translation>运行报告（JSON）</translation>
    </message>
    <message>
        <source>Weights as NumPy .npz</source>
        <translation>权重（NumPy .npz）</translation>
    </message>
    <message>
        <source>Training and test data as CSV</source>
        <translation>训练与测试数据（CSV）</translation>
    </message>
    <message>
        <source>&lt;b&gt;sum&lt;/b&gt; over the N = {n} training points: ∇L adds N gradients, so γ is the step per unit of the &lt;i&gt;total&lt;/i&gt;; the same γ with the mean takes steps N times smaller.</source>
        <translation>对 N = {n} 个训练点&lt;b&gt;求和&lt;/b&gt;：∇L 是 N 个梯度之和，因此 γ 是相对于&lt;i&gt;总和&lt;/i&gt;的步长；同样的 γ 在取均值时步长缩小 N 倍。</translation>
    </message>
    <message>
        <source>&lt;b&gt;mean&lt;/b&gt; over the N = {n} training points: ∇L is the average gradient, so γ is the step per unit of the &lt;i&gt;average&lt;/i&gt;; the sum needs a γ N times smaller for the same steps.</source>
        <translation>对 N = {n} 个训练点&lt;b&gt;取均值&lt;/b&gt;：∇L 是平均梯度，因此 γ 是相对于&lt;i&gt;平均值&lt;/i&gt;的步长；求和时需要小 N 倍的 γ 才能得到同样的步长。</translation>
    </message>
    <message>
        <source>MLP task</source>
        <translation>MLP 任务</translation>
    </message>
    <message>
        <source>Export the MLP run</source>
        <translation>导出 MLP 运行</translation>
    </message>
    <message>
        <source>Log-scale loss</source>
        <translation>对数刻度损失</translation>
    </message>
    <message>
        <source>The session&apos;s MLP data could not be loaded: {error}</source>
        <translation>无法加载会话的 MLP 数据：{error}</translation>
    </message>
    <message>
        <source>γ = {highest}, the largest the field takes: the mean&apos;s gradient is N = {examples} times smaller than the sum&apos;s, so the task&apos;s γ = {task_rate} would need {needed}</source>
        <translation>γ = {highest}，这是该字段允许的最大值：均值的梯度比求和的小 N = {examples} 倍，因此任务的 γ = {task_rate} 需要变为 {needed}</translation>
    </message>
    <message>
        <source>{task} with the mean reduction: {note}.</source>
        <translation>{task} 使用均值归约：{note}。</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>打开数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open the data</source>
        <translation>无法打开数据</translation>
    </message>
    <message>
        <source>Play continues the run from its latest step, t = {t}.</source>
        <translation>播放将从运行的最新一步 t = {t} 继续。</translation>
    </message>
    <message>
        <source>The run has stopped; press Reset (R) to start again.</source>
        <translation>运行已停止；按“重置”(R) 重新开始。</translation>
    </message>
    <message>
        <source>{sizes} has {parameters} parameters: on {points} training points each step would take seconds; use smaller layers or fewer samples here (gdstudio run --task trains any size without a window)</source>
        <translation>{sizes} 有 {parameters} 个参数：在 {points} 个训练点上每一步都要花几秒；请在此使用更小的层或更少的样本（gdstudio run --task 可在无窗口时训练任意规模）</translation>
    </message>
    <message>
        <source>network {description}</source>
        <translation>网络 {description}</translation>
    </message>
    <message>
        <source>train, {what} (N = {n})</source>
        <translation>训练，{what} (N = {n})</translation>
    </message>
    <message>
        <source>train, {run}</source>
        <translation>训练，{run}</translation>
    </message>
    <message>
        <source>test, {what} (N = {n})</source>
        <translation>测试，{what} (N = {n})</translation>
    </message>
    <message>
        <source>minibatch L_B(w_t) per example</source>
        <translation>小批量 L_B(w_t)（每个样本）</translation>
    </message>
    <message>
        <source>Epoch {epoch}, minibatch {batch} of {batches} (B = {size}, shuffled once an epoch) made this step: its points are ringed in the data plot</source>
        <translation>第 {epoch} 轮次的第 {batch}/{batches} 个小批量（B = {size}，每轮次打乱一次）产生了这一步：其点在数据图中以圆圈标出</translation>
    </message>
    <message>
        <source>Epoch {epoch}, minibatch {batch} of {batches} (B = {size}, shuffled once an epoch) makes the first step: its points are ringed in the data plot</source>
        <translation>第 {epoch} 轮次的第 {batch}/{batches} 个小批量（B = {size}，每轮次打乱一次）产生第一步：其点在数据图中以圆圈标出</translation>
    </message>
    <message>
        <source>&lt;b&gt;Descent in weight space&lt;/b&gt;: {note}</source>
        <translation>&lt;b&gt;权重空间中的下降&lt;/b&gt;：{note}</translation>
    </message>
    <message>
        <source>train accuracy {percent} %</source>
        <translation>训练准确率 {percent} %</translation>
    </message>
    <message>
        <source>, test {percent} %</source>
        <translation>，测试 {percent} %</translation>
    </message>
    <message>
        <source>train MSE {mse}</source>
        <translation>训练 MSE {mse}</translation>
    </message>
    <message>
        <source>, test MSE {mse}</source>
        <translation>，测试 MSE {mse}</translation>
    </message>
    <message>
        <source> (at step {t})</source>
        <translation>（第 {t} 步）</translation>
    </message>
    <message>
        <source>prediction f_w({x1}, {x2}) as colours, the points coloured by their {target} on the same scale (the bar): where they match, the fit is good</source>
        <translation>以颜色表示的预测 f_w({x1}, {x2})，各点按其 {target} 以同一色标（色条）着色：颜色一致处拟合良好</translation>
    </message>
    <message>
        <source>fitted line f_w(x) = w·x + b</source>
        <translation>拟合直线 f_w(x) = w·x + b</translation>
    </message>
    <message>
        <source>fitted curve f_w(x)</source>
        <translation>拟合曲线 f_w(x)</translation>
    </message>
    <message>
        <source>decision regions and boundary p = ½</source>
        <translation>决策区域与边界 p = ½</translation>
    </message>
    <message>
        <source>decision regions (each class&apos;s colour, paler where unsure)</source>
        <translation>决策区域（每个类别一种颜色，不确定处较淡）</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: data (a shape per class; test points larger, ringed) and the network&apos;s {what}.  {quality}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;：数据（每类一种形状；测试点更大并带粗边框）与网络输出：{what}。 {quality}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: data (train ○, test △) and the network&apos;s {what}.  {quality}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;：数据（训练 ○，测试 △）与网络输出：{what}。 {quality}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step {t}&lt;/b&gt; (t = {before} → {t}): {rule}</source>
        <translation>&lt;b&gt;第 {t} 步&lt;/b&gt;（t = {before} → {t}）：{rule}</translation>
    </message>
    <message>
        <source> (B: a mini-batch of {size} points)</source>
        <translation>（B：包含 {size} 个点的小批量）</translation>
    </message>
    <message>
        <source>L before = {before}, after = {after} (change {change})</source>
        <translation>L 之前 = {before}，之后 = {after}（变化 {change}）</translation>
    </message>
    <message>
        <source>&lt;b&gt;w₀&lt;/b&gt;: the initial weights, before any step</source>
        <translation>&lt;b&gt;w₀&lt;/b&gt;：初始权重，尚未走任何一步</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weight-space map&lt;/b&gt;: {sentence}</source>
        <translation>&lt;b&gt;权重空间图&lt;/b&gt;：{sentence}</translation>
    </message>
    <message>
        <source>Showing the stored step t = {t} of {steps}; the run itself is at step {steps}</source>
        <translation>正在显示已存储的第 t = {t} 步（共 {steps} 步）；运行本身处于第 {steps} 步</translation>
    </message>
    <message>
        <source>diverged at step {steps}: γ too large, the steps overshoot and L grows without bound</source>
        <translation>在第 {steps} 步已发散：γ 过大，步子越过极小点，L 无界增长</translation>
    </message>
    <message>
        <source>   (the true loss at w_{step}: L = {loss})</source>
        <translation>   （w_{step} 处的真实损失：L = {loss}）</translation>
    </message>
    <message>
        <source>the run&apos;s report did not arrive from the training thread; try again</source>
        <translation>未从训练线程收到运行报告；请重试</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>已导出 {name}</translation>
    </message>
    <message>
        <source>{name}: {network} · {optimizer}, γ = {rate}{schedule} · step {t} of {steps}</source>
        <translation>{name}：{network} · {optimizer}，γ = {rate}{schedule} · 第 {t} 步（共 {steps} 步）</translation>
    </message>
    <message>
        <source>test, {run}</source>
        <translation>测试，{run}</translation>
    </message>
</context>
<context>
    <name>MLPTasks</name>
    <message>
        <source>Four quadrants, opposite corners alike: no straight line separates them.</source>
        <translation>四个象限，对角相同：没有任何直线能将它们分开。</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>同心圆</translation>
    </message>
    <message>
        <source>One ring inside another: the boundary must close on itself.</source>
        <translation>一个环套在另一个环内：边界必须闭合。</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <source>Two interleaving half circles: a curved boundary.</source>
        <translation>两个交错的半圆：边界是弯曲的。</translation>
    </message>
    <message>
        <source>Two spirals</source>
        <translation>双螺旋</translation>
    </message>
    <message>
        <source>Two interleaved spiral arms: hard; needs a wider net and Adam.</source>
        <translation>两条交错的螺旋臂：较难；需要更宽的网络和 Adam。</translation>
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation>高斯团</translation>
    </message>
    <message>
        <source>Three clusters, three classes: a softmax output.</source>
        <translation>三个簇，三个类别：softmax 输出。</translation>
    </message>
    <message>
        <source>Noisy sine</source>
        <translation>含噪正弦</translation>
    </message>
    <message>
        <source>Regression: fit a curve to t = sin(x) + noise.</source>
        <translation>回归：用曲线拟合 t = sin(x) + 噪声。</translation>
    </message>
    <message>
        <source>Line fit</source>
        <translation>直线拟合</translation>
    </message>
    <message>
        <source>Regression: fit t = w·x + b to noisy points; two weights, so L(w, b) is the whole landscape.</source>
        <translation>回归：用 t = w·x + b 拟合含噪点；只有两个权重，因此 L(w, b) 就是整个损失曲面。</translation>
    </message>
</context>
<context>
    <name>MLPTraining</name>
    <message>
        <source>γ = {learning_rate}, the task&apos;s own: {optimizer} divides the gradient by its running size, so the mean and the sum take the same steps</source>
        <translation>γ = {learning_rate}，即任务自带的值：{optimizer} 会用梯度的滑动大小去除梯度，因此均值和求和走的是相同的步</translation>
    </message>
    <message>
        <source>γ = {learning_rate} = {task_learning_rate} × N: the task&apos;s γ = {task_learning_rate} is tuned for the sum, and the mean&apos;s gradient is N = {examples} times smaller</source>
        <translation>γ = {learning_rate} = {task_learning_rate} × N：任务的 γ = {task_learning_rate} 是针对求和调好的，而均值的梯度小 N = {examples} 倍</translation>
    </message>
    <message>
        <source>{optimizer} is for typed functions (it needs the Hessian, or a d × d matrix, of the loss); a network trains with {optimizers}</source>
        <translation>{optimizer} 用于输入的函数（它需要损失的黑塞矩阵或一个 d × d 矩阵）；网络训练可用 {optimizers}</translation>
    </message>
    <message>
        <source>a line search needs the full batch: with mini-batches f(w + αd) would change from one trial to the next</source>
        <translation>线搜索需要全批量：使用小批量时，f(w + αd) 会在每次试探之间变化</translation>
    </message>
    <message>
        <source>the learning rate must be a positive number, not {value}</source>
        <translation>学习率必须是正数，而不是 {value}</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>平方误差</translation>
    </message>
    <message>
        <source>; mini-batches of {size}, {count} an epoch</source>
        <translation>；大小为 {size} 的小批量，每轮次 {count} 个</translation>
    </message>
    <message>
        <source>the batch size must be a whole number ≥ 1, not {value}</source>
        <translation>批量大小必须是 ≥ 1 的整数，而不是 {value}</translation>
    </message>
    <message>
        <source>a race of schedules needs a schedule that changes γ (1/t, step, exponential, cosine), not a constant one</source>
        <translation>调度竞赛需要一个会改变 γ 的调度（1/t、阶梯、指数、余弦），而不是恒定调度</translation>
    </message>
    <message>
        <source>a race against the full batch needs batches smaller than the {count} training points, not {size}</source>
        <translation>与全批量竞赛需要小于训练点数 {count} 的批量，而不是 {size}</translation>
    </message>
    <message>
        <source>a race against a constant γ on mini-batches needs batches smaller than the {count} training points, not {size}</source>
        <translation>与小批量上恒定 γ 的竞赛需要小于训练点数 {count} 的批量，而不是 {size}</translation>
    </message>
</context>
<context>
    <name>MLPWeightSpace</name>
    <message>
        <source>through w₀ along the path&apos;s direction w_t − w₀ and its widest turn away from it</source>
        <translation>经过 w₀，沿路径方向 w_t − w₀ 及路径偏离它最远的方向</translation>
    </message>
    <message>
        <source>two random directions, filter-normalised: each neuron&apos;s part scaled to that neuron&apos;s own size</source>
        <translation>两个随机方向，经过滤波器归一化：每个神经元的分量按该神经元自身的大小缩放</translation>
    </message>
    <message>
        <source>the top two principal directions of the path so far</source>
        <translation>目前路径的前两个主方向</translation>
    </message>
    <message>
        <source>w (slope)</source>
        <translation>w（斜率）</translation>
    </message>
    <message>
        <source>b (intercept)</source>
        <translation>b（截距）</translation>
    </message>
    <message>
        <source> ({first} % and {second} % of its spread)</source>
        <translation>（分别占其离散程度的 {first} % 和 {second} %）</translation>
    </message>
    <message>
        <source>The loss L(w, b) at every slope w and intercept b: with two weights this is the whole weight space, not a slice, and the path is the descent itself.</source>
        <translation>每个斜率 w 和截距 b 处的损失 L(w, b)：只有两个权重时，这就是整个权重空间而不是切片，路径就是下降本身。</translation>
    </message>
    <message>
        <source>along the steepest descent direction −∇L(w₀) and a random direction across it</source>
        <translation>沿最速下降方向 −∇L(w₀) 以及一个与之相交的随机方向</translation>
    </message>
    <message>
        <source>along the path&apos;s direction w_t − w₀ (t = {steps}) and its widest turn away from it</source>
        <translation>沿路径方向 w_t − w₀（t = {steps}）及路径偏离它最远的方向</translation>
    </message>
    <message>
        <source>along the two directions in which the path w₀ … w_{steps} spreads most</source>
        <translation>沿路径 w₀ … w_{steps} 离散程度最大的两个方向</translation>
    </message>
    <message>
        <source>along two random directions, each neuron&apos;s part scaled to that neuron&apos;s own size</source>
        <translation>沿两个随机方向，每个神经元的分量按该神经元自身的大小缩放</translation>
    </message>
    <message>
        <source> ({percent} % of the path&apos;s spread lies in it)</source>
        <translation>（路径离散程度的 {percent} % 位于其中）</translation>
    </message>
    <message>
        <source>The loss on a flat slice of weight space through w₀, {along}{share}; the path, projected onto it.</source>
        <translation>经过 w₀ 的权重空间平面切片上的损失，{along}{share}；路径投影在其上。</translation>
    </message>
    <message>
        <source>no direction could be found to complete the plane</source>
        <translation>找不到可以补全该平面的方向</translation>
    </message>
    <message>
        <source>the exact landscape needs a network with two weights, not {count}</source>
        <translation>精确损失曲面需要一个只有两个权重的网络，而不是 {count} 个</translation>
    </message>
    <message>
        <source>the loss L(w, b) at every slope and intercept: the whole weight space, not a slice — the dot is {w} itself, L({w}) = {loss}</source>
        <translation>每个斜率和截距处的损失 L(w, b)：整个权重空间，而不是切片 —— 圆点就是 {w} 本身，L({w}) = {loss}</translation>
    </message>
    <message>
        <source>{w} lies {distance} off the slice</source>
        <translation>{w} 距离切片 {distance}</translation>
    </message>
    <message>
        <source>{w} lies on it</source>
        <translation>{w} 位于切片上</translation>
    </message>
    <message>
        <source>the loss on a flat slice of weight space through w₀; the path, projected onto it — the true loss L({w}) is {loss}, the slice at the projected point is {slice_loss} ({where})</source>
        <translation>经过 w₀ 的权重空间平面切片上的损失；路径投影在其上 —— 真实损失 L({w}) 为 {loss}，切片在投影点处为 {slice_loss}（{where}）</translation>
    </message>
</context>
<context>
    <name>MLPWorker</name>
    <message>
        <source>The plane could not be fitted: {error}</source>
        <translation>无法拟合平面：{error}</translation>
    </message>
    <message>
        <source>The network ({weights} parameters on {examples} points) is too large for a live weight-space map: a smaller network or fewer samples bring it back.</source>
        <translation>网络（{weights} 个参数，{examples} 个点）太大，无法实时绘制权重空间图：使用更小的网络或更少的样本即可恢复。</translation>
    </message>
    <message>
        <source>The weight-space map could not be computed: {error}</source>
        <translation>无法计算权重空间图：{error}</translation>
    </message>
    <message>
        <source>The plane could not be re-fitted: {error}</source>
        <translation>无法重新拟合平面：{error}</translation>
    </message>
    <message>
        <source>The minibatch fan could not be computed: {error}</source>
        <translation>无法计算小批量扇形图：{error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The last session could not be restored: {error}</source>
        <translation>无法恢复上次的会话：{error}</translation>
    </message>
    <message>
        <source>Loading the studio…</source>
        <translation>正在加载工作室…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>保存会话(&amp;S)</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>会话另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>export the plots, the trajectory or the run</source>
        <translation>导出图表、轨迹或运行</translation>
    </message>
    <message>
        <source>PNG export scale</source>
        <translation>PNG 导出比例</translation>
    </message>
    <message>
        <source>Export size</source>
        <translation>导出尺寸</translation>
    </message>
    <message>
        <source>&amp;Figure (PNG scale applies)</source>
        <translation>图形（应用 PNG 比例）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Slide, 1920 × 1080</source>
        <translation>幻灯片，1920 × 1080(&amp;S)</translation>
    </message>
    <message>
        <source>Export theme</source>
        <translation>导出主题</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>the stored step before the one shown</source>
        <translation>所显示步之前的已存储步</translation>
    </message>
    <message>
        <source>Go to the start</source>
        <translation>转到开始</translation>
    </message>
    <message>
        <source>t = 0 of the run</source>
        <translation>运行的 t = 0</translation>
    </message>
    <message>
        <source>Go to the latest step</source>
        <translation>转到最新一步</translation>
    </message>
    <message>
        <source>the newest step</source>
        <translation>最新的一步</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>full screen, large text and high-contrast notes for a lecture</source>
        <translation>全屏、大号文字和高对比度注释，适用于讲课</translation>
    </message>
    <message>
        <source>Side &amp;panel</source>
        <translation>侧边栏(&amp;P)</translation>
    </message>
    <message>
        <source>show or hide the settings column</source>
        <translation>显示或隐藏设置栏</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>指南(&amp;G)</translation>
    </message>
    <message>
        <source>what the app teaches: the update rule, γ, why a run stops</source>
        <translation>本应用讲授的内容：更新规则、γ、运行为何停止</translation>
    </message>
    <message>
        <source>&amp;About {name}</source>
        <translation>关于 {name}(&amp;A)</translation>
    </message>
    <message>
        <source>Zoom {percent} %</source>
        <translation>缩放 {percent}%</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>gdstudio sessions ({pattern});;JSON files (*.json);;All files (*)</source>
        <translation>gdstudio 会话 ({pattern});;JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>已打开 {name}</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>gdstudio sessions ({pattern})</source>
        <translation>gdstudio 会话 ({pattern})</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <source>The {tab} tab has nothing to export.</source>
        <translation>“{tab}”选项卡没有可导出的内容。</translation>
    </message>
</context>
<context>
    <name>OptimizerField</name>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <source>Gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>d = −∇f: the steepest way down.</source>
        <translation>d = −∇f：最陡的下坡方向。</translation>
    </message>
    <message>
        <source>Newton&apos;s method</source>
        <translation>Newton 法</translation>
    </message>
    <message>
        <source>d = −H⁻¹∇f: the step to the minimum of the quadratic model; modified where H is not positive definite.</source>
        <translation>d = −H⁻¹∇f：走向二次模型极小值的一步；在 H 非正定处加以修正。</translation>
    </message>
    <message>
        <source>eigenvalue floor δ</source>
        <translation>特征值下限 δ</translation>
    </message>
    <message>
        <source>eigenvalues of H below δ are replaced by max(|λ|, δ)</source>
        <translation>H 中低于 δ 的特征值被替换为 max(|λ|, δ)</translation>
    </message>
    <message>
        <source>d = −H_t∇f: H_t learns the inverse Hessian from the steps taken (H₀ = I).</source>
        <translation>d = −H_t∇f：H_t 从已走的步中学习黑塞矩阵的逆（H₀ = I）。</translation>
    </message>
    <message>
        <source>BFGS from the last m steps only: the two-loop recursion over stored pairs (s, y).</source>
        <translation>仅用最近 m 步的 BFGS：对已存储的 (s, y) 对进行双循环递推。</translation>
    </message>
    <message>
        <source>memory m</source>
        <translation>记忆长度 m</translation>
    </message>
    <message>
        <source>how many pairs (s, y) are kept</source>
        <translation>保留多少个 (s, y) 对</translation>
    </message>
    <message>
        <source>Conjugate gradients</source>
        <translation>共轭梯度</translation>
    </message>
    <message>
        <source>d = −∇f + βd_prev: each direction bends the last one (Polak–Ribière+, or Fletcher–Reeves).</source>
        <translation>d = −∇f + βd_prev：每个方向都弯折上一个方向（Polak–Ribière+ 或 Fletcher–Reeves）。</translation>
    </message>
    <message>
        <source>1 for β = gᵀg / g_prevᵀg_prev</source>
        <translation>取 1 时 β = gᵀg / g_prevᵀg_prev</translation>
    </message>
    <message>
        <source>{setting} must be between {minimum} and {maximum}, not {value}</source>
        <translation>{setting} 必须在 {minimum} 与 {maximum} 之间，而不是 {value}</translation>
    </message>
    <message>
        <source>w ← w − γ∇f(w): the rule the lesson teaches.</source>
        <translation>w ← w − γ∇f(w)：课程所教的规则。</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>A velocity b = μb + g carries the steps along: faster in valleys, may overshoot.</source>
        <translation>速度 b = μb + g 带动各步前进：在山谷中更快，但可能越过目标。</translation>
    </message>
    <message>
        <source>momentum μ</source>
        <translation>动量 μ</translation>
    </message>
    <message>
        <source>how much of the last velocity is kept</source>
        <translation>保留多少上一步的速度</translation>
    </message>
    <message>
        <source>dampening τ</source>
        <translation>阻尼 τ</translation>
    </message>
    <message>
        <source>how much of the new gradient is held back</source>
        <translation>新梯度被抑制的比例</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov 动量</translation>
    </message>
    <message>
        <source>Momentum that looks ahead: the step uses g + μb, so it brakes before overshooting.</source>
        <translation>向前看的动量：这一步使用 g + μb，因此会在越过目标前减速。</translation>
    </message>
    <message>
        <source>Each coordinate&apos;s step shrinks with the sum of its past squared gradients.</source>
        <translation>每个坐标的步长随其历史梯度平方和而缩小。</translation>
    </message>
    <message>
        <source>learning-rate decay η</source>
        <translation>学习率衰减 η</translation>
    </message>
    <message>
        <source>γ is divided by 1 + (t − 1)η</source>
        <translation>γ 除以 1 + (t − 1)η</translation>
    </message>
    <message>
        <source>keeps the division finite</source>
        <translation>使除法保持有限</translation>
    </message>
    <message>
        <source>initial sum</source>
        <translation>初始和</translation>
    </message>
    <message>
        <source>starting value of s</source>
        <translation>s 的初始值</translation>
    </message>
    <message>
        <source>Each coordinate&apos;s step is divided by a running average of its squared gradients.</source>
        <translation>每个坐标的步长除以其梯度平方的滑动平均。</translation>
    </message>
    <message>
        <source>smoothing α</source>
        <translation>平滑系数 α</translation>
    </message>
    <message>
        <source>how slowly the average forgets</source>
        <translation>平均值遗忘得有多慢</translation>
    </message>
    <message>
        <source>0 for none</source>
        <translation>0 表示不使用</translation>
    </message>
    <message>
        <source>centred</source>
        <translation>中心化</translation>
    </message>
    <message>
        <source>1 to subtract the mean gradient</source>
        <translation>取 1 时减去平均梯度</translation>
    </message>
    <message>
        <source>Momentum on the gradient and RMSProp&apos;s scaling, with bias correction for the first steps.</source>
        <translation>对梯度使用动量并采用 RMSProp 的缩放，前几步带偏差校正。</translation>
    </message>
    <message>
        <source>decay of the gradient average m</source>
        <translation>梯度平均 m 的衰减率</translation>
    </message>
    <message>
        <source>decay of the squared-gradient average v</source>
        <translation>梯度平方平均 v 的衰减率</translation>
    </message>
    <message>
        <source>1 to use the largest v seen so far</source>
        <translation>取 1 时使用迄今最大的 v</translation>
    </message>
</context>
<context>
    <name>PlaybackBox</name>
    <message>
        <source>as fast as possible</source>
        <translation>尽可能快</translation>
    </message>
    <message>
        <source>1 step per second</source>
        <translation>每秒 1 步</translation>
    </message>
    <message>
        <source>{speed} steps per second</source>
        <translation>每秒 {speed} 步</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格键）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Exactly one update (→)</source>
        <translation>恰好一次更新（→）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>速度</translation>
    </message>
</context>
<context>
    <name>PlotBackground</name>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Plot &amp;background</source>
        <translation>图表背景(&amp;B)</translation>
    </message>
</context>
<context>
    <name>PointEdit</name>
    <message>
        <source>start point x, y (Enter to apply)</source>
        <translation>起点 x, y（按 Enter 应用）</translation>
    </message>
    <message>
        <source>Each coordinate of a start point must be a finite number between {low} and {high}.</source>
        <translation>起点的每个坐标都必须是介于 {low} 和 {high} 之间的有限数。</translation>
    </message>
    <message>
        <source>A start point is two numbers, x and y, such as 1.5, -1; not {text}.</source>
        <translation>起点是两个数 x 和 y，例如 1.5, -1；而不是 {text}。</translation>
    </message>
</context>
<context>
    <name>Race</name>
    <message>
        <source>{run} from {start}</source>
        <translation>{run}，起点 {start}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>next direction d times the first trial α₀: α₀d = {step}; plain −γ∇f = {plain}</source>
        <translation>下一个方向 d 乘以首次试探 α₀：α₀d = {step}；普通 −γ∇f = {plain}</translation>
    </message>
    <message>
        <source>next Δw = {step}</source>
        <translation>下一个 Δw = {step}</translation>
    </message>
    <message>
        <source>velocity b = {velocity}</source>
        <translation>速度 b = {velocity}</translation>
    </message>
    <message>
        <source>per-coordinate scale 1/(√v + ε) = {scale}</source>
        <translation>逐坐标缩放 1/(√v + ε) = {scale}</translation>
    </message>
    <message>
        <source>carries nothing: {step} = −γ∇f</source>
        <translation>不携带任何状态：{step} = −γ∇f</translation>
    </message>
    <message>
        <source>; {step}, plain −γ∇f = {plain}</source>
        <translation>；{step}，普通 −γ∇f = {plain}</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>converged at t = {t}</source>
        <translation>在 t = {t} 已收敛</translation>
    </message>
    <message>
        <source>diverged at t = {t}</source>
        <translation>在 t = {t} 已发散</translation>
    </message>
    <message>
        <source>undefined at t = {t}: {failure}</source>
        <translation>在 t = {t} 无定义：{failure}</translation>
    </message>
    <message>
        <source>undefined at t = {t}</source>
        <translation>在 t = {t} 无定义</translation>
    </message>
    <message>
        <source>stopped at the step limit (t = {t})</source>
        <translation>在步数上限处停止（t = {t}）</translation>
    </message>
    <message>
        <source>line search failed at t = {t}</source>
        <translation>线搜索在 t = {t} 失败</translation>
    </message>
    <message>
        <source>no descent direction at t = {t}</source>
        <translation>在 t = {t} 没有下降方向</translation>
    </message>
</context>
<context>
    <name>RaceAnimation</name>
    <message>
        <source>Cannot export the {what}</source>
        <translation>无法导出{what}</translation>
    </message>
    <message>
        <source>Running the race from the start…</source>
        <translation>正在从头运行竞赛…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export {what}</source>
        <translation>导出{what}</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Rendering the animation…</source>
        <translation>正在渲染动画…</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
</context>
<context>
    <name>RacePresets</name>
    <message>
        <source>Nocedal &amp; Wright on Rosenbrock</source>
        <translation>Nocedal 与 Wright：Rosenbrock 函数</translation>
    </message>
    <message>
        <source>From (−1.2, 1): steepest descent with backtracking needs thousands of steps; Newton with backtracking about 20, BFGS about 30 (Numerical Optimization, ch. 3 and 6).</source>
        <translation>从 (−1.2, 1) 出发：带回溯的最速下降需要数千步；带回溯的 Newton 法约 20 步，BFGS 约 30 步（Numerical Optimization，第 3 和第 6 章）。</translation>
    </message>
</context>
<context>
    <name>RunFigure</name>
    <message>
        <source>{optimizer} with {search} steps</source>
        <translation>{optimizer}（{search} 步长）</translation>
    </message>
    <message>
        <source>{optimizer}, γ = {rate}{schedule}, from ({start}): {reason}</source>
        <translation>{optimizer}，γ = {rate}{schedule}，起点 ({start}): {reason}</translation>
    </message>
</context>
<context>
    <name>Schedules</name>
    <message>
        <source>Constant</source>
        <translation>常数</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>阶梯衰减</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>1/t</source>
        <translation>1/t</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>常数</translation>
    </message>
    <message>
        <source>step decay</source>
        <translation>阶梯衰减</translation>
    </message>
    <message>
        <source>exponential</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>The same γ at every step: the rule as first taught.</source>
        <translation>每一步使用相同的 γ：最初所教的规则。</translation>
    </message>
    <message>
        <source>γ is multiplied by the factor every few steps: big steps first, finer ones later.</source>
        <translation>每隔若干步将 γ 乘以该因子：先大步，后小步。</translation>
    </message>
    <message>
        <source>γ shrinks by the same factor at every step.</source>
        <translation>γ 每一步按相同因子缩小。</translation>
    </message>
    <message>
        <source>γ glides from γ₀ down to γ_min along half a cosine over T steps.</source>
        <translation>γ 在 T 步内沿半个余弦从 γ₀ 平滑降到 γ_min。</translation>
    </message>
    <message>
        <source>γ₀ / (1 + decay·t): the classic decay that guarantees convergence on convex problems.</source>
        <translation>γ₀ / (1 + decay·t)：在凸问题上保证收敛的经典衰减。</translation>
    </message>
    <message>
        <source>step size</source>
        <translation>步数间隔</translation>
    </message>
    <message>
        <source>the step size</source>
        <translation>步数间隔</translation>
    </message>
    <message>
        <source>γ is multiplied by the factor every this many steps (StepLR&apos;s step_size)</source>
        <translation>每隔这么多步将 γ 乘以该因子（StepLR 的 step_size）</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>因子</translation>
    </message>
    <message>
        <source>the step decay&apos;s factor</source>
        <translation>阶梯衰减的因子</translation>
    </message>
    <message>
        <source>what γ is multiplied by at each drop, above 0 and at most 1 (StepLR&apos;s gamma)</source>
        <translation>每次下降时 γ 所乘的数，大于 0 且至多为 1（StepLR 的 gamma）</translation>
    </message>
    <message>
        <source>decay factor</source>
        <translation>衰减因子</translation>
    </message>
    <message>
        <source>the decay factor</source>
        <translation>衰减因子</translation>
    </message>
    <message>
        <source>what γ is multiplied by at every step, above 0 and at most 1 (ExponentialLR&apos;s gamma)</source>
        <translation>每一步 γ 所乘的数，大于 0 且至多为 1（ExponentialLR 的 gamma）</translation>
    </message>
    <message>
        <source>period T</source>
        <translation>周期 T</translation>
    </message>
    <message>
        <source>the period T</source>
        <translation>周期 T</translation>
    </message>
    <message>
        <source>γ reaches γ_min after T steps, then climbs back (CosineAnnealingLR&apos;s T_max); leave it empty for T = the step limit, which it then follows</source>
        <translation>γ 在 T 步后达到 γ_min，然后回升（CosineAnnealingLR 的 T_max）；留空则 T = 步数上限，并随之变化</translation>
    </message>
    <message>
        <source>min γ</source>
        <translation>最小 γ</translation>
    </message>
    <message>
        <source>the minimum γ</source>
        <translation>最小 γ</translation>
    </message>
    <message>
        <source>the lowest γ, reached at t = T (CosineAnnealingLR&apos;s eta_min)</source>
        <translation>最小的 γ，在 t = T 时达到（CosineAnnealingLR 的 eta_min）</translation>
    </message>
    <message>
        <source>decay</source>
        <translation>衰减</translation>
    </message>
    <message>
        <source>the 1/t decay</source>
        <translation>1/t 衰减</translation>
    </message>
    <message>
        <source>γ_t = γ₀ / (1 + decay·t): γ has halved at t = 1/decay</source>
        <translation>γ_t = γ₀ / (1 + decay·t)：在 t = 1/decay 时 γ 减半</translation>
    </message>
    <message>
        <source>, T = the step limit</source>
        <translation>，T = 步数上限</translation>
    </message>
    <message>
        <source>{setting} must be a whole number of steps from 1 to {longest}, not {value}</source>
        <translation>{setting} 必须是 1 到 {longest} 之间的整数步数，而不是 {value}</translation>
    </message>
    <message>
        <source>{setting} must be a number above 0 and at most 1, not {value}</source>
        <translation>{setting} 必须是大于 0 且至多为 1 的数，而不是 {value}</translation>
    </message>
    <message>
        <source>{setting} must be a number ≥ 0, not {value}</source>
        <translation>{setting} 必须是 ≥ 0 的数，而不是 {value}</translation>
    </message>
    <message>
        <source>{setting} is empty: type a number</source>
        <translation>{setting} 为空：请输入一个数</translation>
    </message>
    <message>
        <source>{setting} must be a number, not {text}</source>
        <translation>{setting} 必须是数，而不是 {text}</translation>
    </message>
    <message>
        <source>{setting} must be a finite number, not {text}</source>
        <translation>{setting} 必须是有限数，而不是 {text}</translation>
    </message>
    <message>
        <source>{setting} must be a whole number of steps, not {text}</source>
        <translation>{setting} 必须是整数步数，而不是 {text}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} 不是 JSON 允许的数</translation>
    </message>
    <message>
        <source>the number {number} is too large</source>
        <translation>数 {number} 太大</translation>
    </message>
    <message>
        <source>a number has too many digits</source>
        <translation>某个数的位数太多</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; appears twice in one object</source>
        <translation>键 &apos;{key}&apos; 在同一对象中出现了两次</translation>
    </message>
    <message>
        <source>the session file is too large to be a gdstudio session</source>
        <translation>会话文件太大，不可能是 gdstudio 会话</translation>
    </message>
    <message>
        <source>the lesson file is too large to be a gdstudio lesson</source>
        <translation>课程文件太大，不可能是 gdstudio 课程</translation>
    </message>
    <message>
        <source>the session file is not valid: {problem}</source>
        <translation>会话文件无效：{problem}</translation>
    </message>
    <message>
        <source>the lesson file is not valid: {problem}</source>
        <translation>课程文件无效：{problem}</translation>
    </message>
    <message>
        <source>the session file is not valid JSON (line {line}, column {column})</source>
        <translation>会话文件不是有效的 JSON（第 {line} 行，第 {column} 列）</translation>
    </message>
    <message>
        <source>the lesson file is not valid JSON (line {line}, column {column})</source>
        <translation>课程文件不是有效的 JSON（第 {line} 行，第 {column} 列）</translation>
    </message>
    <message>
        <source>the session file is not valid JSON</source>
        <translation>会话文件不是有效的 JSON</translation>
    </message>
    <message>
        <source>the lesson file is not valid JSON</source>
        <translation>课程文件不是有效的 JSON</translation>
    </message>
    <message>
        <source>the session file is not UTF-8 text</source>
        <translation>会话文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>the lesson file is not UTF-8 text</source>
        <translation>课程文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{field} must be an object with named fields</source>
        <translation>{field} 必须是带命名字段的对象</translation>
    </message>
    <message>
        <source>{field} is not a field gdstudio knows</source>
        <translation>{field} 不是 gdstudio 认识的字段</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, not {value}</source>
        <translation>必须在 {low} 与 {high} 之间，而不是 {value}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>必须是 {low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>必须是 {options} 之一</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must be text of at most {longest} characters</source>
        <translation>必须是最多 {longest} 个字符的文本</translation>
    </message>
    <message>
        <source>must be a list of {count} numbers</source>
        <translation>必须是包含 {count} 个数的列表</translation>
    </message>
    <message>
        <source>must hold finite numbers between {low} and {high}</source>
        <translation>必须包含 {low} 与 {high} 之间的有限数</translation>
    </message>
    <message>
        <source>is not valid: {error}</source>
        <translation>无效：{error}</translation>
    </message>
    <message>
        <source>must map names to numbers</source>
        <translation>必须把名称映射到数</translation>
    </message>
    <message>
        <source>must be between 0 and 1 (exclusive), not {value}</source>
        <translation>必须在 0 与 1 之间（不含端点），而不是 {value}</translation>
    </message>
    <message>
        <source>must be larger than c1 ({c1}), not {c2}</source>
        <translation>必须大于 c1（{c1}），而不是 {c2}</translation>
    </message>
    <message>
        <source>{rule} pairs with a direction ({searchable}), not with {optimizer}</source>
        <translation>{rule} 需与方向配合（{searchable}），不能与 {optimizer} 配合</translation>
    </message>
    <message>
        <source>pairs with the fixed-γ rules only (a line search needs the true gradient)</source>
        <translation>只适用于固定 γ 的规则（线搜索需要真实梯度）</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be &quot;{epoch}&quot; or a whole number from 1 to {shown_draws}</source>
        <translation>必须是 &quot;{epoch}&quot; 或 1 到 {shown_draws} 之间的整数</translation>
    </message>
    <message>
        <source>{section} needs either a task ({tasks}) or a file, and not both</source>
        <translation>{section} 需要一个任务（{tasks}）或一个文件，但不能两者都有</translation>
    </message>
    <message>
        <source>is for a CSV file, not a built-in task</source>
        <translation>用于 CSV 文件，而不是内置任务</translation>
    </message>
    <message>
        <source>must name a CSV file</source>
        <translation>必须指定一个 CSV 文件</translation>
    </message>
    <message>
        <source>is for a built-in task, not a CSV file</source>
        <translation>用于内置任务，而不是 CSV 文件</translation>
    </message>
    <message>
        <source>must be {class_target}, {value_target} or null (guessed from the column)</source>
        <translation>必须是 {class_target}、{value_target} 或 null（根据该列推断）</translation>
    </message>
    <message>
        <source>must be a list of at most {hidden_layers} layer widths from 1 to {width}</source>
        <translation>必须是最多 {hidden_layers} 个层宽的列表，每个在 1 到 {width} 之间</translation>
    </message>
    <message>
        <source>must be ce (cross-entropy), mse (squared error) or null (the task&apos;s kind decides)</source>
        <translation>必须是 ce（交叉熵）、mse（平方误差）或 null（由任务类型决定）</translation>
    </message>
    <message>
        <source>must be one a network trains with ({network_optimizers}), not {optimizer}</source>
        <translation>必须是可用于训练网络的优化器（{network_optimizers}），而不是 {optimizer}</translation>
    </message>
    <message>
        <source>pairs with gd or lbfgs, not with {optimizer}</source>
        <translation>只能与 gd 或 lbfgs 配合，不能与 {optimizer} 配合</translation>
    </message>
    <message>
        <source>needs the full batch (batch_size null)</source>
        <translation>需要完整批量（batch_size 为 null）</translation>
    </message>
    <message>
        <source>must be a list of 1 to {race_runs} runs</source>
        <translation>必须是包含 1 到 {race_runs} 次运行的列表</translation>
    </message>
    <message>
        <source>must be a colour written &quot;#rrggbb&quot; or null</source>
        <translation>必须是写作 &quot;#rrggbb&quot; 的颜色或 null</translation>
    </message>
    <message>
        <source>({lr_min}) must not be larger than lr_max ({lr_max})</source>
        <translation>（{lr_min}）不得大于 lr_max（{lr_max}）</translation>
    </message>
    <message>
        <source>this is not a gdstudio session: the file must hold a JSON object</source>
        <translation>这不是 gdstudio 会话：文件必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>this is not a gdstudio session (its format is not gdstudio-session)</source>
        <translation>这不是 gdstudio 会话（其格式不是 gdstudio-session）</translation>
    </message>
    <message>
        <source>the session has no valid version</source>
        <translation>该会话没有有效的版本</translation>
    </message>
    <message>
        <source>the session was written by a newer gdstudio (version {version}); update gdstudio to open it</source>
        <translation>该会话由较新的 gdstudio 写入（版本 {version}）；请更新 gdstudio 后再打开</translation>
    </message>
    <message>
        <source>unknown session version {version}</source>
        <translation>未知的会话版本 {version}</translation>
    </message>
</context>
<context>
    <name>SidePanels</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Show settings</source>
        <translation>显示设置</translation>
    </message>
    <message>
        <source>Show the settings column beside the plots ({shortcut})</source>
        <translation>在图表旁显示设置栏（{shortcut}）</translation>
    </message>
    <message>
        <source>Settings hidden to give the plots room at {percent} %.</source>
        <translation>缩放 {percent}% 时已隐藏设置，为图表留出空间。</translation>
    </message>
</context>
<context>
    <name>StartFigure</name>
    <message>
        <source>{optimizer}, γ = {learning_rate}{schedule}, from {start}  ·  t = 0</source>
        <translation>{optimizer}，γ = {learning_rate}{schedule}，起点 {start}  ·  t = 0</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>velocity b</source>
        <translation>速度 b</translation>
    </message>
    <message>
        <source>per-coordinate scale 1/(√v + ε)</source>
        <translation>逐坐标缩放 1/(√v + ε)</translation>
    </message>
    <message>
        <source>gradient average m</source>
        <translation>梯度均值 m</translation>
    </message>
    <message>
        <source>squared-gradient average v</source>
        <translation>梯度平方均值 v</translation>
    </message>
    <message>
        <source>sum of squared gradients s</source>
        <translation>梯度平方和 s</translation>
    </message>
    <message>
        <source>H used</source>
        <translation>所用 H</translation>
    </message>
    <message>
        <source>previous direction d</source>
        <translation>上一方向 d</translation>
    </message>
    <message>
        <source>d = −H&lt;sub&gt;{t}&lt;/sub&gt;∇f(w&lt;sub&gt;{t}&lt;/sub&gt;) (two-loop recursion over the stored pairs)</source>
        <translation>d = −H&lt;sub&gt;{t}&lt;/sub&gt;∇f(w&lt;sub&gt;{t}&lt;/sub&gt;)（对存储的向量对做双循环递归）</translation>
    </message>
    <message>
        <source>backtracking</source>
        <translation>回溯</translation>
    </message>
    <message>
        <source>strong Wolfe</source>
        <translation>强 Wolfe</translation>
    </message>
    <message>
        <source>exact search</source>
        <translation>精确搜索</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step {step}&lt;/b&gt;</source>
        <translation>&lt;b&gt;第 {step} 步&lt;/b&gt;</translation>
    </message>
    <message>
        <source>loss f: {before} → {after} &amp;nbsp;({arrow} {change}) &amp;nbsp; ‖∇f‖ = {norm}</source>
        <translation>损失 f：{before} → {after} &amp;nbsp;({arrow} {change}) &amp;nbsp; ‖∇f‖ = {norm}</translation>
    </message>
    <message>
        <source>stored pairs (s, y), oldest first ({count}):</source>
        <translation>存储的向量对 (s, y)，最早的在前（{count}）：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start&lt;/b&gt; (t = 0)</source>
        <translation>&lt;b&gt;起点&lt;/b&gt; (t = 0)</translation>
    </message>
    <message>
        <source>The gradient points uphill; each step goes the other way: w ← w − γ∇f(w).</source>
        <translation>梯度指向上坡；每一步都朝相反方向走：w ← w − γ∇f(w)。</translation>
    </message>
    <message>
        <source>This long run is kept every {stride} steps, so the update into this step is not stored.</source>
        <translation>这次长运行每隔 {stride} 步保存一次，因此没有保存到达此步的更新。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;已停止：&lt;/b&gt;{reason}</translation>
    </message>
</context>
<context>
    <name>StudioTab</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>SurfaceTab</name>
    <message>
        <source>The Function tab&apos;s run</source>
        <translation>函数标签页的运行</translation>
    </message>
    <message>
        <source>The Compare tab&apos;s race</source>
        <translation>比较标签页的竞赛</translation>
    </message>
    <message>
        <source>the Function tab&apos;s run</source>
        <translation>函数标签页的运行</translation>
    </message>
    <message>
        <source>the Compare tab&apos;s race</source>
        <translation>比较标签页的竞赛</translation>
    </message>
    <message>
        <source>The path, in orange, runs from the start (yellow) to the current point (white).</source>
        <translation>橙色路径从起点（黄色）延伸到当前点（白色）。</translation>
    </message>
    <message>
        <source>The race&apos;s runs, in their colours, each run from the start (yellow) to its current point.</source>
        <translation>竞赛中的各次运行以各自的颜色显示，每条都从起点（黄色）延伸到其当前点。</translation>
    </message>
    <message>
        <source>The Compare tab has no race on this function: press “Take function and start from the Function tab” there to race on it.</source>
        <translation>比较标签页在此函数上没有竞赛：请在那里点击“从函数标签页获取函数和起点”，在此函数上进行竞赛。</translation>
    </message>
    <message>
        <source>3-D surface</source>
        <translation>3-D 曲面</translation>
    </message>
    <message>
        <source>which paths lie on the surface</source>
        <translation>曲面上显示哪些路径</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Reset the camera</source>
        <translation>重置相机</translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <source>The 3-D view needs PyOpenGL, the optional &apos;3d&apos; extra: pip install &apos;gdstudio[3d]&apos;. Everything else works without it.</source>
        <translation>3-D 视图需要 PyOpenGL，即可选的 &apos;3d&apos; 扩展：pip install &apos;gdstudio[3d]&apos;。其他功能不受影响。</translation>
    </message>
    <message>
        <source>The 3-D view needs OpenGL, and this display cannot provide it ({platform}). Everything else works without it.</source>
        <translation>3-D 视图需要 OpenGL，而此显示环境无法提供（{platform}）。其他功能不受影响。</translation>
    </message>
    <message>
        <source>Qt platform &apos;{name}&apos;</source>
        <translation>Qt 平台 &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Reset camera</source>
        <translation>重置相机</translation>
    </message>
    <message>
        <source>look from where the whole path shows (W)</source>
        <translation>从能看到整条路径的位置观察（W）</translation>
    </message>
    <message>
        <source>the Function tab&apos;s run</source>
        <translation>函数标签页的运行</translation>
    </message>
    <message>
        <source>surface of f(x, y) in 3-D with the descent paths</source>
        <translation>带下降路径的 f(x, y) 三维曲面</translation>
    </message>
    <message>
        <source>drag to turn, wheel to zoom; Space, → and R play, step and reset {what}</source>
        <translation>拖动旋转，滚轮缩放；空格、→ 和 R 分别播放、单步执行和重置{what}</translation>
    </message>
    <message>
        <source>The height is {shade}, clipped to the contour&apos;s colour range.</source>
        <translation>高度为 {shade}，截取到等高线的颜色范围。</translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <source>{count} learning rate from {low} to {high}: {converged} converged, {limit} stopped at the step limit, {diverged} diverged</source>
        <translation>{count} 个学习率，从 {low} 到 {high}：{converged} 个已收敛，{limit} 个在步数上限处停止，{diverged} 个已发散</translation>
    </message>
    <message>
        <source>{count} learning rates from {low} to {high}: {converged} converged, {limit} stopped at the step limit, {diverged} diverged</source>
        <translation>{count} 个学习率，从 {low} 到 {high}：{converged} 个已收敛，{limit} 个在步数上限处停止，{diverged} 个已发散</translation>
    </message>
    <message>
        <source>, {undefined} undefined (stopped where f or ∇f is not a real number; at γ = {rate}: {why})</source>
        <translation>，{undefined} 个无定义（在 f 或 ∇f 不是实数处停止；γ = {rate} 时：{why}）</translation>
    </message>
    <message>
        <source>, {undefined} undefined (stopped where f or ∇f is not a real number)</source>
        <translation>，{undefined} 个无定义（在 f 或 ∇f 不是实数处停止）</translation>
    </message>
    <message>
        <source>; divergence starts between γ = {low} and {high}</source>
        <translation>；发散始于 γ = {low} 与 {high} 之间</translation>
    </message>
</context>
<context>
    <name>SweepDrawing</name>
    <message>
        <source>learning rate γ (log scale)</source>
        <translation>学习率 γ（对数刻度）</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>final loss f(w_T) (log scale)</source>
        <translation>最终损失 f(w_T)（对数刻度）</translation>
    </message>
    <message>
        <source>final loss f(w_T)</source>
        <translation>最终损失 f(w_T)</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>已收敛</translation>
    </message>
    <message>
        <source>step limit reached</source>
        <translation>已达步数上限</translation>
    </message>
    <message>
        <source>diverged (off the scale)</source>
        <translation>已发散（超出刻度）</translation>
    </message>
    <message>
        <source>undefined (left f&apos;s domain)</source>
        <translation>未定义（离开 f 的定义域）</translation>
    </message>
    <message>
        <source>steps to converge</source>
        <translation>收敛所需步数</translation>
    </message>
    <message>
        <source>stopped at the step limit</source>
        <translation>在步数上限处停止</translation>
    </message>
    <message>
        <source>steps until it diverged</source>
        <translation>发散前的步数</translation>
    </message>
    <message>
        <source>steps until f was undefined</source>
        <translation>f 变为未定义前的步数</translation>
    </message>
    <message>
        <source>stable limit = {value}</source>
        <translation>稳定上限 = {value}</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>timeline: the step shown</source>
        <translation>时间轴：所显示的步</translation>
    </message>
    <message>
        <source>drag to look at any stored step (← → one step, Home and End the first and the latest)</source>
        <translation>拖动以查看任一已存储的步（← → 一步，Home 和 End 为第一步和最新一步）</translation>
    </message>
    <message>
        <source>t = {t} (latest)</source>
        <translation>t = {t}（最新）</translation>
    </message>
    <message>
        <source>t = {t} / {last}</source>
        <translation>t = {t} / {last}</translation>
    </message>
</context>
<context>
    <name>WeightPlot</name>
    <message>
        <source>loss L(w) on a plane of weight space with the path</source>
        <translation>权重空间平面上的损失 L(w) 及路径</translation>
    </message>
    <message>
        <source>least-squares (w*, b*)</source>
        <translation>最小二乘 (w*, b*)</translation>
    </message>
    <message>
        <source>log₁₀(L − min L) on the slice</source>
        <translation>切片上的 log₁₀(L − min L)</translation>
    </message>
    <message>
        <source>L on the slice</source>
        <translation>切片上的 L</translation>
    </message>
</context>
<context>
    <name>WorkerFailure</name>
    <message>
        <source>The run stopped at step {step} because of an unexpected error in gdstudio ({detail}); Reset starts it again, and the details are printed in the terminal.</source>
        <translation>运行在第 {step} 步因 gdstudio 中的意外错误而停止（{detail}）；按“重置”可重新开始，详细信息已打印到终端。</translation>
    </message>
    <message>
        <source>The run stopped because of an unexpected error in gdstudio ({detail}); Reset starts it again, and the details are printed in the terminal.</source>
        <translation>运行因 gdstudio 中的意外错误而停止（{detail}）；按“重置”可重新开始，详细信息已打印到终端。</translation>
    </message>
    <message>
        <source>The race stopped at step {step} because of an unexpected error in gdstudio ({detail}); Reset starts it again, and the details are printed in the terminal.</source>
        <translation>竞赛在第 {step} 步因 gdstudio 中的意外错误而停止（{detail}）；按“重置”可重新开始，详细信息已打印到终端。</translation>
    </message>
    <message>
        <source>The race stopped because of an unexpected error in gdstudio ({detail}); Reset starts it again, and the details are printed in the terminal.</source>
        <translation>竞赛因 gdstudio 中的意外错误而停止（{detail}）；按“重置”可重新开始，详细信息已打印到终端。</translation>
    </message>
    <message>
        <source>The sweep stopped at step {step} because of an unexpected error in gdstudio ({detail}); Reset starts it again, and the details are printed in the terminal.</source>
        <translation>扫描在第 {step} 步因 gdstudio 中的意外错误而停止（{detail}）；按“重置”可重新开始，详细信息已打印到终端。</translation>
    </message>
    <message>
        <source>The sweep stopped because of an unexpected error in gdstudio ({detail}); Reset starts it again, and the details are printed in the terminal.</source>
        <translation>扫描因 gdstudio 中的意外错误而停止（{detail}）；按“重置”可重新开始，详细信息已打印到终端。</translation>
    </message>
</context>
</TS>
