// Installed programs as Windows' "Apps & features" sees them: the Uninstall keys of HKLM (64-bit view),
// HKLM\WOW6432Node (32-bit programs) and every loaded user hive under HKU (per-user installs such as
// Teams, Zoom, VS Code). Only hives of users with a running session are loaded, so per-user programs of
// users who are not logged on are not seen.
export const WINDOWS_SOFTWARE_SCRIPT = String.raw`
$roots = @(
  @{ p = 'Registry::HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall'; h = 'HKLM' },
  @{ p = 'Registry::HKEY_LOCAL_MACHINE\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall'; h = 'HKLM-WOW6432Node' }
)
Get-ChildItem 'Registry::HKEY_USERS' -ErrorAction SilentlyContinue |
  Where-Object { $_.PSChildName -match '^S-1-5-21-[0-9-]+$' } |
  ForEach-Object { $roots += @{ p = "Registry::HKEY_USERS\$($_.PSChildName)\Software\Microsoft\Windows\CurrentVersion\Uninstall"; h = "HKU\$($_.PSChildName)" } }
$rows = foreach ($r in $roots) {
  Get-ChildItem $r.p -ErrorAction SilentlyContinue | ForEach-Object {
    $v = Get-ItemProperty $_.PSPath -ErrorAction SilentlyContinue
    if ($v) { [pscustomobject]@{ DisplayName = $v.DisplayName; DisplayVersion = $v.DisplayVersion; Publisher = $v.Publisher; SystemComponent = $v.SystemComponent; ParentKeyName = $v.ParentKeyName; ReleaseType = $v.ReleaseType; Hive = $r.h } }
  }
}
ConvertTo-Json -InputObject @($rows) -Depth 3 -Compress
`;
