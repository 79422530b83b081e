// One PowerShell run for the posture topics: antivirus, firewall, encryption, screen lock and the
// installed-hotfix list. Each query fails alone (null). Windows Server has no SecurityCenter2, so
// Defender's own status is always read too. BitLocker enums are turned into their names in the
// script ("FullyEncrypted", "On") so the parser does not depend on enum numbering.
export const WINDOWS_POSTURE_SCRIPT = String.raw`
function Q([scriptblock]$b) { try { & $b } catch { $null } }
$desktop = 'Control Panel\Desktop'
$userLock = Q { @(Get-ChildItem 'Registry::HKEY_USERS' | Where-Object { $_.PSChildName -match '^S-1-5-21-[0-9-]+$' } | ForEach-Object {
  $sid = $_.PSChildName
  $d = Get-ItemProperty "Registry::HKEY_USERS\$sid\$desktop" -ErrorAction SilentlyContinue
  $p = Get-ItemProperty "Registry::HKEY_USERS\$sid\Software\Policies\Microsoft\Windows\$desktop" -ErrorAction SilentlyContinue
  $name = Q { (New-Object Security.Principal.SecurityIdentifier($sid)).Translate([Security.Principal.NTAccount]).Value }
  @{ SID = $sid; User = $name
     ScreenSaveActive = $d.ScreenSaveActive; ScreenSaverIsSecure = $d.ScreenSaverIsSecure; ScreenSaveTimeOut = $d.ScreenSaveTimeOut
     PolicyScreenSaveActive = $p.ScreenSaveActive; PolicyScreenSaverIsSecure = $p.ScreenSaverIsSecure; PolicyScreenSaveTimeOut = $p.ScreenSaveTimeOut } }) }
@{
  av = Q { Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntiVirusProduct | Select-Object displayName, productState, pathToSignedProductExe, timestamp }
  defender = Q { Get-CimInstance -Namespace root/Microsoft/Windows/Defender -ClassName MSFT_MpComputerStatus | Select-Object AMServiceEnabled, AntivirusEnabled, RealTimeProtectionEnabled, AntivirusSignatureLastUpdated, AntivirusSignatureAge, AntivirusSignatureVersion, AMRunningMode, IsTamperProtected }
  firewall = Q { Get-NetFirewallProfile | Select-Object Name, Enabled, DefaultInboundAction }
  bitlocker = Q { Get-BitLockerVolume | Select-Object MountPoint, @{n='VolumeType';e={"$($_.VolumeType)"}}, @{n='VolumeStatus';e={"$($_.VolumeStatus)"}}, @{n='ProtectionStatus';e={"$($_.ProtectionStatus)"}}, @{n='EncryptionMethod';e={"$($_.EncryptionMethod)"}}, EncryptionPercentage }
  encryptable = Q { Get-CimInstance -Namespace root/cimv2/Security/MicrosoftVolumeEncryption -ClassName Win32_EncryptableVolume | Select-Object DriveLetter, ProtectionStatus, VolumeType }
  systemDrive = $env:SystemDrive
  machineLock = Q { Get-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System' | Select-Object InactivityTimeoutSecs }
  userLock = $userLock
  hotfixes = Q { Get-CimInstance Win32_QuickFixEngineering | Select-Object HotFixID, Description, InstalledOn, InstalledBy }
  lastInstall = Q { (New-Object -ComObject Microsoft.Update.AutoUpdate).Results.LastInstallationSuccessDate }
  rebootRequired = (Test-Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired') -or (Test-Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending')
} | ConvertTo-Json -Depth 4 -Compress
`;

/**
 * Pending updates from the Windows Update agent's own cache: Online=$false keeps the search off the
 * network (the result is as fresh as the PC's last scan). This search can take tens of seconds, so it
 * is a run of its own.
 */
export const WINDOWS_UPDATES_SCRIPT = String.raw`
$s = New-Object -ComObject Microsoft.Update.Session
$q = $s.CreateUpdateSearcher()
$q.Online = $false
$r = $q.Search('IsInstalled=0 and IsHidden=0')
$rows = foreach ($u in $r.Updates) {
  [pscustomobject]@{ Title = $u.Title; KBs = @($u.KBArticleIDs); Severity = $u.MsrcSeverity; Categories = @($u.Categories | ForEach-Object { $_.Name }) }
}
ConvertTo-Json -InputObject @{ updates = @($rows); resultCode = $r.ResultCode } -Depth 4 -Compress
`;
