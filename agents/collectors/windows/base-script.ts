// One PowerShell run for the base inventory (system, hardware, network, users, accounts, and the OS
// facts ossupport and patches need). Every query is wrapped so a missing class or cmdlet costs only
// its own field (null). Properties are selected by name: a raw CIM instance serialises to pages of
// metadata at -Depth 4.
export const WINDOWS_BASE_SCRIPT = String.raw`
function Q([scriptblock]$b) { try { & $b } catch { $null } }
$cv = Q { Get-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion' }
$adminSid = 'S-1-5-32-544'
$admins = $null; $adminsSource = $null
try {
  $admins = @(Get-LocalGroupMember -SID $adminSid | ForEach-Object { @{ Name = $_.Name; SID = $_.SID.Value } })
  $adminsSource = 'Get-LocalGroupMember'
} catch {
  # Get-LocalGroupMember fails on a group holding an orphaned SID; the WinNT provider does not.
  $admins = Q {
    $g = Get-CimInstance Win32_Group -Filter "LocalAccount=True AND SID='$adminSid'"
    $adsi = [ADSI]"WinNT://$env:COMPUTERNAME/$($g.Name),group"
    @($adsi.Invoke('Members') | ForEach-Object {
      # Members are raw COM objects: their properties are read through InvokeMember.
      $path = $_.GetType().InvokeMember('ADsPath', 'GetProperty', $null, $_, $null)
      $sidBytes = $_.GetType().InvokeMember('objectSid', 'GetProperty', $null, $_, $null)
      $sid = (New-Object Security.Principal.SecurityIdentifier($sidBytes, 0)).Value
      @{ Name = ($path -replace '^WinNT://', '' -replace '^[^/]+/(?=[^/]+/)', '' -replace '/', '\'); SID = $sid } })
  }
  $adminsSource = 'ADSI'
}
$users = Q { Get-LocalUser | Select-Object Name, FullName, Enabled, @{n='SID';e={$_.SID.Value}}, PasswordExpires, PasswordLastSet, LastLogon, PasswordRequired, UserMayChangePassword }
$usersSource = 'Get-LocalUser'
if ($null -eq $users) {
  $users = Q { Get-CimInstance Win32_UserAccount -Filter 'LocalAccount=True' | Select-Object Name, FullName, @{n='Enabled';e={-not $_.Disabled}}, SID, @{n='PasswordExpiresFlag';e={$_.PasswordExpires}}, PasswordRequired }
  $usersSource = 'Win32_UserAccount'
}
@{
  cs = Q { Get-CimInstance Win32_ComputerSystem | Select-Object Name, DNSHostName, Domain, PartOfDomain, Manufacturer, Model, TotalPhysicalMemory, NumberOfProcessors, NumberOfLogicalProcessors }
  bios = Q { Get-CimInstance Win32_BIOS | Select-Object SerialNumber, SMBIOSBIOSVersion }
  product = Q { Get-CimInstance Win32_ComputerSystemProduct | Select-Object UUID, IdentifyingNumber, Vendor, Name, Version }
  os = Q { Get-CimInstance Win32_OperatingSystem | Select-Object Caption, Version, BuildNumber, OSArchitecture, ProductType, LastBootUpTime, InstallDate }
  cv = if ($cv) { $cv | Select-Object ProductName, EditionID, DisplayVersion, ReleaseId, CurrentBuild, UBR, InstallationType } else { $null }
  machineGuid = Q { (Get-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Cryptography').MachineGuid }
  cpu = Q { Get-CimInstance Win32_Processor | Select-Object Name, NumberOfCores, NumberOfLogicalProcessors }
  disks = Q { Get-CimInstance Win32_DiskDrive | Select-Object Index, Model, SerialNumber, Size, MediaType, InterfaceType, PNPDeviceID }
  physicalDisks = Q { Get-CimInstance -Namespace root/Microsoft/Windows/Storage MSFT_PhysicalDisk | Select-Object DeviceId, MediaType, BusType }
  adapters = Q { Get-CimInstance Win32_NetworkAdapter -Filter 'MACAddress IS NOT NULL' | Select-Object Name, NetConnectionID, MACAddress, PhysicalAdapter, AdapterTypeId, InterfaceIndex, PNPDeviceID }
  ipconfig = Q { Get-CimInstance Win32_NetworkAdapterConfiguration -Filter 'IPEnabled=True' | Select-Object InterfaceIndex, IPAddress, IPSubnet }
  tempV6 = Q { @(Get-NetIPAddress -AddressFamily IPv6 | Where-Object { $_.SuffixOrigin -eq 'Random' -and $_.PrefixOrigin -eq 'RouterAdvertisement' } | ForEach-Object { $_.IPAddress }) }
  profiles = Q { Get-CimInstance Win32_UserProfile -Filter 'Special=False' | Select-Object SID, LocalPath }
  users = $users; usersSource = $usersSource
  admins = $admins; adminsSource = $adminsSource
} | ConvertTo-Json -Depth 4 -Compress
`;
