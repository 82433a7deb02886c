namespace JinIp.Web.BrowserTests.Strategy;

/// <summary>The plan import page and its preview (<c>/Strategy/Import</c>).</summary>
public sealed class PlanImportPage(IPage page)
{
    public ILocator Document => page.GetByLabel("工作要点文件");

    public ILocator UploadButton => page.GetByRole(AriaRole.Button, new() { Name = "上传并预览" });

    public ILocator Counts => page.GetByTestId("draft-counts");

    public ILocator Items => page.GetByTestId("draft-item");

    public ILocator CommitButton => page.GetByRole(AriaRole.Button, new() { NameRegex = new("^确认导入为 \\d{4} 年工作要点$") });

    public Task<IResponse?> GotoAsync() => page.GotoAsync("/Strategy/Import");
}

/// <summary>An item page (<c>/Strategy/Item</c>): its units and the office's assignment form.</summary>
public sealed class PlanItemPage(IPage page)
{
    public ILocator LeadUnit => page.GetByTestId("lead-unit");

    public ILocator LeadChooser => page.GetByRole(AriaRole.Combobox, new() { Name = "牵头单位" });

    public ILocator ConfirmButton => page.GetByRole(AriaRole.Button, new() { Name = "确认", Exact = true });
}

/// <summary>A task page (<c>/Strategy/Task</c>): the unit's progress report form.</summary>
public sealed class TaskPage(IPage page)
{
    public ILocator ReportText => page.GetByRole(AriaRole.Textbox, new() { Name = "进展情况" });

    public ILocator Percent => page.GetByRole(AriaRole.Spinbutton, new() { Name = "完成比例（%）" });

    public ILocator SubmitButton => page.GetByRole(AriaRole.Button, new() { Name = "报送", Exact = true });

    public ILocator Progress => page.GetByTestId("task-progress");

    public ILocator Confirmation => page.GetByRole(AriaRole.Status);
}
