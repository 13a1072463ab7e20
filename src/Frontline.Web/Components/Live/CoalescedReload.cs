namespace Frontline.Web.Components.Live;

/// <summary>
/// A screen told of changes many times a second reloads at most once per <paramref name="gap"/>, and always once
/// more after the last change it was told of. Called on the component's renderer (as JS-invoked methods are).
/// </summary>
public sealed class CoalescedReload(Func<Task> reload, TimeSpan gap)
{
    private bool reloading, changedMeanwhile, stopped;

    public async Task RequestAsync()
    {
        if (reloading || stopped) { changedMeanwhile = true; return; }
        reloading = true;
        try
        {
            do
            {
                changedMeanwhile = false;
                await reload();
                await Task.Delay(gap);
            }
            while (changedMeanwhile && !stopped);
        }
        finally
        {
            reloading = false;
        }
    }

    /// <summary>The screen is gone: nothing more is reloaded.</summary>
    public void Stop() => stopped = true;
}
