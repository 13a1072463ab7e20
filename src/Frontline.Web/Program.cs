using Frontline.Web.Cli;

return await FrontlineCli.Build().Parse(args).InvokeAsync();
