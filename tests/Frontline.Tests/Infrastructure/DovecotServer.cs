using System.Globalization;

namespace Frontline.Tests.Infrastructure;

/// <summary>
/// A private Dovecot IMAP server (Debian's dovecot-imapd, which ./test.sh installs) on a free loopback port, with one
/// mailbox, its own configuration, Maildir and log in a temporary folder, removed after.
/// </summary>
public sealed class DovecotServer : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/dovecot";
    private readonly ServerProcess _process;
    private readonly string _folder;

    private DovecotServer(ServerProcess process, string folder, int port, string user, string password) =>
        (_process, _folder, Port, User, Password) = (process, folder, port, user, password);

    public int Port { get; }
    public string User { get; }
    public string Password { get; }

    public static async Task<DovecotServer> StartAsync(string user, string password)
    {
        if (!File.Exists(Binary)) throw new InvalidOperationException($"{Binary} is missing: run ./test.sh, which installs Debian's dovecot-imapd.");
        var folder = Directory.CreateTempSubdirectory("frontline-dovecot-").FullName;
        // Dovecot's own processes run as other accounts: they must reach the folder and read the users file
        await Shell.RunAsync("chmod", "755", folder);
        var port = ServerProcess.FreePort();
        // Dovecot never serves mail as root: as root, the mail belongs to Debian's "mail" account; otherwise to whoever runs the tests
        var owner = Shell.IsRoot ? "mail" : Environment.UserName;
        var home = Path.Combine(folder, "home");
        Directory.CreateDirectory(home);
        Directory.CreateDirectory(Path.Combine(folder, "run"));
        Directory.CreateDirectory(Path.Combine(folder, "state"));
        if (Shell.IsRoot) await Shell.RunAsync("chown", $"{owner}:{owner}", home);
        await File.WriteAllTextAsync(Path.Combine(folder, "users"), $"{user}:{{PLAIN}}{password}\n");
        var config = Path.Combine(folder, "dovecot.conf");
        await File.WriteAllTextAsync(config, $$"""
            protocols = imap
            listen = 127.0.0.1
            base_dir = {{folder}}/run
            state_dir = {{folder}}/state
            log_path = {{folder}}/dovecot.log
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            first_valid_uid = 1
            {{(Shell.IsRoot ? "" : $"default_internal_user = {owner}\ndefault_login_user = {owner}")}}
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{folder}}/users
            }
            userdb {
              driver = static
              args = uid={{owner}} gid={{owner}} home={{home}}/%u
            }
            mail_location = maildir:~/Maildir
            service imap-login {
              chroot =
              inet_listener imap {
                address = 127.0.0.1
                port = {{port.ToString(CultureInfo.InvariantCulture)}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            service anvil {
              chroot =
            }
            """);
        try
        {
            var process = await ServerProcess.StartAsync(Binary, ["-F", "-c", config], [port], TimeSpan.FromSeconds(20));
            return new DovecotServer(process, folder, port, user, password);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            var log = Path.Combine(folder, "dovecot.log");
            throw new InvalidOperationException($"Dovecot did not start: {e.Message}\n{(File.Exists(log) ? await File.ReadAllTextAsync(log) : "")}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
