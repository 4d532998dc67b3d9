<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../officedesk/gui/help.py" line="+54" />
        <source>Working-discipline inspections: record, sign off, print the minutes, report.</source>
        <translation>Working-discipline inspections: record, sign off, print the minutes, report.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Database in use:</source>
        <translation>Database in use:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Error log folder:</source>
        <translation>Error log folder:</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+1" />
        <source>About OfficeDesk</source>
        <translation>About OfficeDesk</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../officedesk/gui/accounts/dialogs.py" line="+62" />
        <source>At least {count} characters. Tell the password to its owner in person; they can change it after signing in.</source>
        <translation>At least {count} characters. Tell the password to its owner in person; they can change it after signing in.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Account: {name}</source>
        <translation>Account: {name}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A user name does not change: the records name people by it.</source>
        <translation>A user name does not change: the records name people by it.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Type a user name without spaces, for example hoa or nguyenthihoa.</source>
        <translation>Type a user name without spaces, for example hoa or nguyenthihoa.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type the person's full name.</source>
        <translation>Type the person's full name.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose the unit this person heads: type part of its name and pick it in the list.</source>
        <translation>Choose the unit this person heads: type part of its name and pick it in the list.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The password needs at least {count} characters.</source>
        <translation>The password needs at least {count} characters.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The two passwords are not the same. Type them again.</source>
        <translation>The two passwords are not the same. Type them again.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_account_dialog.ui" line="+14" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+6" />
        <source>for example: Specialist, Deputy Chief of Office</source>
        <translation>for example: Specialist, Deputy Chief of Office</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+14" />
        <source>U&amp;nit:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Unit of the unit head</source>
        <translation>Unit of the unit head</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+10" />
        <source>R&amp;epeat the password:</source>
        <translation>R&amp;epeat the password:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
</context>
<context>
    <name>AccountRoles</name>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="22" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="23" />
        <source>Team leader</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="24" />
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="25" />
        <source>Head of unit</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="26" />
        <source>Read only</source>
        <translation>Read only</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="37" />
        <source>Manages accounts, units, staff and campaigns, and may do all the team's work.</source>
        <translation>Manages accounts, units, staff and campaigns, and may do all the team's work.</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="38" />
        <source>Plans campaigns, records inspections of the teams they are in, amends signed minutes.</source>
        <translation>Plans campaigns, records inspections of the teams they are in, amends signed minutes.</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="40" />
        <source>Records inspections of the campaigns whose team they are in.</source>
        <translation>Records inspections of the campaigns whose team they are in.</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="41" />
        <source>Signs the minutes of their own unit with this account and follows its corrective actions.</source>
        <translation>Signs the minutes of their own unit with this account and follows its corrective actions.</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="43" />
        <source>Reads the data and prints reports; changes nothing.</source>
        <translation>Reads the data and prints reports; changes nothing.</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="52" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="52" />
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="37" />
        <source>An account needs a user name and a full name.</source>
        <translation>An account needs a user name and a full name.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="75" />
        <source>No such account.</source>
        <translation>No such account.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="198" />
        <source>Sign in with your own account to change its password.</source>
        <translation>Sign in with your own account to change its password.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="43" />
        <source>The first account must be the administrator's.</source>
        <translation>The first account must be the administrator's.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="54" />
        <source>A unit head's account needs the unit.</source>
        <translation>A unit head's account needs the unit.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="164" />
        <source>You cannot deactivate your own account.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="206" />
        <source>This account cannot change its password now; ask the administrator.</source>
        <translation>This account cannot change its password now; ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="215" />
        <source>The current password is not right.</source>
        <translation>The current password is not right.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="39" />
        <source>The password must have at least {0} characters.</source>
        <translation>The password must have at least {0} characters.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="132" />
        <source>You cannot take the administrator's role from your own account; another administrator can.</source>
        <translation>You cannot take the administrator's role from your own account; another administrator can.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="218" />
        <source>The new password is the same as the current one.</source>
        <translation>The new password is the same as the current one.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="47" />
        <source>The user name {0} is taken.</source>
        <translation>The user name {0} is taken.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="166" />
        <source>{0} is the last active administrator and must stay one.</source>
        <translation>{0} is the last active administrator and must stay one.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="52" />
        <source>No unit with code {0}.</source>
        <translation>No unit with code {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/signin.py" line="56" />
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/signin.py" line="60" />
        <source>This account is locked after repeated wrong passwords; try again in {0} minutes or ask the administrator.</source>
        <translation>This account is locked after repeated wrong passwords; try again in {0} minutes or ask the administrator.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../officedesk/gui/accounts/model.py" line="+38" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Locked after repeated wrong passwords; Unlock lets the person sign in now.</source>
        <translation>Locked after repeated wrong passwords; Unlock lets the person sign in now.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../officedesk/gui/accounts/page.py" line="+80" />
        <source>You are signed in as {name} ({username}), {role}.</source>
        <translation>You are signed in as {name} ({username}), {role}.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Only an administrator manages the accounts; you can change your own password below.</source>
        <translation>Only an administrator manages the accounts; you can change your own password below.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Accounts: {count}</source>
        <translation>Accounts: {count}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accounts shown: {shown} of {count}</source>
        <translation>Accounts shown: {shown} of {count}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} deactivated</source>
        <translation>{count} deactivated</translation>
    </message>
    <message>
        <location line="+38" />
        <location filename="../../ui/accounts_page.ui" line="+158" />
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Re&amp;activate</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The person can no longer sign in; their name stays in the records</source>
        <translation>The person can no longer sign in; their name stays in the records</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Let the person sign in again with their password</source>
        <translation>Let the person sign in again with their password</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+11" />
        <source>{name} can sign in again.</source>
        <translation>{name} can sign in again.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deactivate the account</source>
        <translation>Deactivate the account</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deactivate the account of {name}? They can no longer sign in. Their name stays in the minutes and records, and the account can be activated again.</source>
        <translation>Deactivate the account of {name}? They can no longer sign in. Their name stays in the minutes and records, and the account can be activated again.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The account of {name} is deactivated.</source>
        <translation>The account of {name} is deactivated.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Your password is changed.</source>
        <translation>Your password is changed.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_page.ui" line="-144" />
        <location line="+6" />
        <location line="+74" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="-67" />
        <source>Everyone who uses OfficeDesk on this computer signs in with an account of their own, so the records show who entered and signed what. Accounts are never deleted: deactivate the account of someone who has left.</source>
        <translation>Everyone who uses OfficeDesk on this computer signs in with an account of their own, so the records show who entered and signed what. Accounts are never deleted: deactivate the account of someone who has left.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>F&amp;ind:</source>
        <translation>F&amp;ind:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Find an account</source>
        <translation>Find an account</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name, user name or unit</source>
        <translation>Name, user name or unit</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Number of accounts</source>
        <translation>Number of accounts</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Create an account for a member of the team or a unit head (Ctrl+N)</source>
        <translation>Create an account for a member of the team or a unit head (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;New account…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Change the chosen person's name, title, role or unit (Enter)</source>
        <translation>Change the chosen person's name, title, role or unit (Enter)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give the chosen account a new password when its owner has forgotten theirs</source>
        <translation>Give the chosen account a new password when its owner has forgotten theirs</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Let the chosen person sign in again at once after repeated wrong passwords</source>
        <translation>Let the chosen person sign in again at once after repeated wrong passwords</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Your account</source>
        <translation>Your account</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choose a new password for your own account; you type the current one first</source>
        <translation>Choose a new password for your own account; you type the current one first</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Change my password…</source>
        <translation>&amp;Change my password…</translation>
    </message>
</context>
<context>
    <name>ActionLabels</name>
    <message>
        <location filename="../../officedesk/gui/actions/model.py" line="+42" />
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+8" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+7" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Overdue by 1 day</source>
        <translation>Overdue by 1 day</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue by {days} days</source>
        <translation>Overdue by {days} days</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done on {date}</source>
        <translation>Done on {date}</translation>
    </message>
</context>
<context>
    <name>ActionUpdateDialog</name>
    <message>
        <location filename="../../officedesk/gui/actions/update_dialog.py" line="+30" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{deadline} (overdue)</source>
        <translation>{deadline} (overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/actions_update_dialog.ui" line="+14" />
        <source>Update a corrective action</source>
        <translation>Update a corrective action</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Corrective action:</source>
        <translation>Corrective action:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Done on:</source>
        <translation>&amp;Done on:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+6" />
        <source>What the unit reported, with the number and date of its report</source>
        <translation>What the unit reported, with the number and date of its report</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../officedesk/gui/actions/model.py" line="+42" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Corrective action</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Progress reported</source>
        <translation>Progress reported</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{action}
For: {finding}</source>
        <translation>{action}
For: {finding}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Minutes {number} of {date}</source>
        <translation>Minutes {number} of {date}</translation>
    </message>
    <message>
        <location line="+40" />
        <source>not numbered yet</source>
        <translation>not numbered yet</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../ui/actions_page.ui" line="+14" />
        <location line="+8" />
        <source>Corrective actions</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/actions/page.py" line="+48" />
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../officedesk/gui/actions/panel.py" line="+146" />
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Showing {shown} of {total}: {open} open, {overdue} overdue</source>
        <translation>Showing {shown} of {total}: {open} open, {overdue} overdue</translation>
    </message>
    <message>
        <location line="+74" />
        <source>The corrective action was updated.</source>
        <translation>The corrective action was updated.</translation>
    </message>
    <message>
        <location filename="../../ui/actions_panel.ui" line="+14" />
        <location line="+75" />
        <source>Corrective actions</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <location line="-55" />
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Which corrective actions to show</source>
        <translation>Which corrective actions to show</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Uni&amp;t:</source>
        <translation>Uni&amp;t:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Update &amp;status…</source>
        <translation>Update &amp;status…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Record what the unit reported: done, still open or cancelled (Enter)</source>
        <translation>Record what the unit reported: done, still open or cancelled (Enter)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Open &amp;inspection</source>
        <translation>Open &amp;inspection</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open the inspection in which the action was set</source>
        <translation>Open the inspection in which the action was set</translation>
    </message>
    <message>
        <location line="-53" />
        <source>Overdue actions are marked Overdue in the status column; press Enter to update the chosen one</source>
        <translation>Overdue actions are marked Overdue in the status column; press Enter to update the chosen one</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../ui/entry_add_person_dialog.ui" line="+14" />
        <source>Add a person to the roster</source>
        <translation>Add a person to the roster</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="-27" />
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>For someone working here who is not on the staff list (a new hire, a transfer).</source>
        <translation>For someone working here who is not on the staff list (a new hire, a transfer).</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/entry/dialogs.py" line="+150" />
        <source>Enter the person's full name.</source>
        <translation>Enter the person's full name.</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../ui/entry_amend_dialog.ui" line="+14" />
        <source>Amend the signed minutes</source>
        <translation>Amend the signed minutes</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A new draft version is made from the signed one, which stays as it was and can still be read. The amended minutes print the reason and are signed again.</source>
        <translation>A new draft version is made from the signed one, which stays as it was and can still be read. The amended minutes print the reason and are signed again.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Reason for the amendment</source>
        <translation>Reason for the amendment</translation>
    </message>
    <message>
        <location line="+6" />
        <source>e.g. The unit produced invitation no. 15/GM-UBND: the officer attended a meeting with permission.</source>
        <translation>e.g. The unit produced invitation no. 15/GM-UBND: the officer attended a meeting with permission.</translation>
    </message>
    <message>
        <location line="-16" />
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/entry/dialogs.py" line="+60" />
        <source>An amendment needs a reason.</source>
        <translation>An amendment needs a reason.</translation>
    </message>
</context>
<context>
    <name>ArrivalEditor</name>
    <message>
        <location filename="../../officedesk/gui/entry/delegates.py" line="+54" />
        <source>Arrival time</source>
        <translation>Arrival time</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Time they left</source>
        <translation>Time they left</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Minutes late</source>
        <translation>Minutes late</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Minutes early</source>
        <translation>Minutes early</translation>
    </message>
</context>
<context>
    <name>CalendarDayDialog</name>
    <message>
        <location filename="../../officedesk/gui/units/schedule_dialogs.py" line="+184" />
        <source>{day} is already recorded as: {kind}. Saving replaces it.</source>
        <translation>{day} is already recorded as: {kind}. Saving replaces it.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Say which notice changed the day, so that others can check it.</source>
        <translation>Say which notice changed the day, so that others can check it.</translation>
    </message>
    <message>
        <location filename="../../ui/units_calendar_dialog.ui" line="+14" />
        <source>Day changed by notice</source>
        <translation>Day changed by notice</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+3" />
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Day of the week</source>
        <translation>Day of the week</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Change:</source>
        <translation>Change:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Make-up working day (offices work although it is a weekend)</source>
        <translation>&amp;Make-up working day (offices work although it is a weekend)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Day &amp;off (offices close although it is a working day)</source>
        <translation>Day &amp;off (offices close although it is a working day)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Notice:</source>
        <translation>&amp;Notice:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Notice that changed the day</source>
        <translation>Notice that changed the day</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Number and date of the notice, and why</source>
        <translation>Number and date of the notice, and why</translation>
    </message>
    <message>
        <location line="+9" />
        <source>What needs fixing</source>
        <translation>What needs fixing</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <location filename="../../ui/campaign_editor.ui" line="+14" />
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Campaign details</source>
        <translation>Campaign details</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Campaign code</source>
        <translation>Campaign code</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Campaign name</source>
        <translation>Campaign name</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Legal &amp;basis:</source>
        <translation>Legal &amp;basis:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The plan, directive or decision the inspection follows, one per line</source>
        <translation>The plan, directive or decision the inspection follows, one per line</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Compare &amp;with:</source>
        <translation>Compare &amp;with:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Campaign to compare with</source>
        <translation>Campaign to compare with</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The earlier campaign whose rates the dashboard and the reports show beside this one's</source>
        <translation>The earlier campaign whose rates the dashboard and the reports show beside this one's</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Year of the holiday</source>
        <translation>Year of the holiday</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Holiday:</source>
        <translation>&amp;Holiday:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Holiday the campaign follows</source>
        <translation>Holiday the campaign follows</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Working &amp;days:</source>
        <translation>Working &amp;days:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Number of working days</source>
        <translation>Number of working days</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location line="+13" />
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The dates proposed are the first working days after the holiday; you can change them.</source>
        <translation>The dates proposed are the first working days after the holiday; you can change them.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Minutes heading</source>
        <translation>Minutes heading</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Parent agency:</source>
        <translation>&amp;Parent agency:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Parent agency</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Agency:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Plac&amp;e:</source>
        <translation>Plac&amp;e:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Number sy&amp;mbol:</source>
        <translation>Number sy&amp;mbol:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Number symbol</source>
        <translation>Number symbol</translation>
    </message>
    <message>
        <location line="+12" />
        <source>As printed at the head of the minutes: the agency lines in capitals, the place in the date line; minutes are numbered 01/BB-ĐKT, 02/BB-ĐKT…</source>
        <translation>As printed at the head of the minutes: the agency lines in capitals, the place in the date line; minutes are numbered 01/BB-ĐKT, 02/BB-ĐKT…</translation>
    </message>
    <message>
        <location line="+29" />
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The team's names and titles are printed in the minutes. Link a member to an account so that they can record the campaign's inspections.</source>
        <translation>The team's names and titles are printed in the minutes. Link a member to an account so that they can record the campaign's inspections.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Team members</source>
        <translation>Team members</translation>
    </message>
    <message>
        <location line="+21" />
        <source>&amp;Add member</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Remove member</source>
        <translation>&amp;Remove member</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Copy the compared campaign's team</source>
        <translation>&amp;Copy the compared campaign's team</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Units</source>
        <translation>&amp;Units</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Search units</source>
        <translation>Search units</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Part of a unit's name or code, with or without accents</source>
        <translation>Part of a unit's name or code, with or without accents</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Units to inspect</source>
        <translation>Units to inspect</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Press Space to choose or leave out the unit</source>
        <translation>Press Space to choose or leave out the unit</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Choose a&amp;ll shown</source>
        <translation>Choose a&amp;ll shown</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Lea&amp;ve out all shown</source>
        <translation>Lea&amp;ve out all shown</translation>
    </message>
</context>
<context>
    <name>CampaignEditorDialog</name>
    <message>
        <location filename="../../officedesk/gui/campaigns/editor.py" line="+72" />
        <source>Change the campaign</source>
        <translation>Change the campaign</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+17" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Lunar New Year (Tết), {day}</source>
        <translation>Lunar New Year (Tết), {day}</translation>
    </message>
    <message>
        <location line="+45" />
        <source>(no account)</source>
        <translation>(no account)</translation>
    </message>
    <message>
        <location line="+52" />
        <source>{chosen} of {total} units chosen</source>
        <translation>{chosen} of {total} units chosen</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Enter the campaign's code, for example SAUTET-2025.</source>
        <translation>Enter the campaign's code, for example SAUTET-2025.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter the campaign's name.</source>
        <translation>Enter the campaign's name.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The last day is before the first day.</source>
        <translation>The last day is before the first day.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Every team member needs a full name.</source>
        <translation>Every team member needs a full name.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{name} is in the team twice.</source>
        <translation>{name} is in the team twice.</translation>
    </message>
</context>
<context>
    <name>CampaignLabels</name>
    <message>
        <location filename="../../officedesk/gui/campaigns/labels.py" line="+14" />
        <source>Team leader</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minute-taker</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Being recorded</source>
        <translation>Being recorded</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{done}/{planned} units</source>
        <translation>{done}/{planned} units</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Absent without permission</source>
        <translation>Absent without permission</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Away from their post</source>
        <translation>Away from their post</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left early</source>
        <translation>Left early</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empty posts</source>
        <translation>Empty posts</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <location filename="../../officedesk/gui/campaigns/models.py" line="+39" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <location filename="../../ui/campaign_page.ui" line="+14" />
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Inspection campaigns</source>
        <translation>Inspection campaigns</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;New campaign…</source>
        <translation>&amp;New campaign…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Plan a new inspection campaign: its legal basis, dates, team and units</source>
        <translation>Plan a new inspection campaign: its legal basis, dates, team and units</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Edit campaign…</source>
        <translation>&amp;Edit campaign…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change the selected campaign</source>
        <translation>Change the selected campaign</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Read the campaigns again (F5)</source>
        <translation>Read the campaigns again (F5)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Campaigns list</source>
        <translation>Campaigns list</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a campaign to see its results below; press Enter to change it</source>
        <translation>Choose a campaign to see its results below; press Enter to change it</translation>
    </message>
    <message>
        <location line="+38" />
        <source>No campaign yet. Plan one with New campaign.</source>
        <translation>No campaign yet. Plan one with New campaign.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Units inspected:</source>
        <translation>Units inspected:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Units inspected</source>
        <translation>Units inspected</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Absent without permission</source>
        <translation>Absent without permission</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Away from their post</source>
        <translation>Away from their post</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Empty posts</source>
        <translation>Empty posts</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Violation rate</source>
        <translation>Violation rate</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Campaign results</source>
        <translation>Campaign results</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Chart by unit</source>
        <translation>&amp;Chart by unit</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Violations found at each unit; click a bar to open that unit's inspection.</source>
        <translation>Violations found at each unit; click a bar to open that unit's inspection.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Units</source>
        <translation>&amp;Units</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Click a unit, or choose it and press Enter, to open its inspection.</source>
        <translation>Click a unit, or choose it and press Enter, to open its inspection.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Results by unit</source>
        <translation>Results by unit</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Corrective &amp;actions</source>
        <translation>Corrective &amp;actions</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <location filename="../../officedesk/services/campaigns.py" line="48" />
        <source>A campaign needs a code and a name.</source>
        <translation>A campaign needs a code and a name.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/campaigns.py" line="50" />
        <source>The campaign ends before it starts.</source>
        <translation>The campaign ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/campaigns.py" line="100" />
        <source>Every team member needs a name.</source>
        <translation>Every team member needs a name.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/campaigns.py" line="108" />
        <source>No such campaign.</source>
        <translation>No such campaign.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/campaigns.py" line="103" />
        <source>{0} is in the team twice.</source>
        <translation>{0} is in the team twice.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/campaigns.py" line="53" />
        <source>A campaign with code {0} already exists.</source>
        <translation>A campaign with code {0} already exists.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/campaigns.py" line="122" />
        <source>A campaign cannot be compared with itself or with a later one of its own.</source>
        <translation>A campaign cannot be compared with itself or with a later one of its own.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/campaigns.py" line="58" />
        <source>No campaign with code {0}.</source>
        <translation>No campaign with code {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/campaigns.py" line="76" />
        <source>No unit with code {0}.</source>
        <translation>No unit with code {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/campaigns.py" line="70" />
        <source>No account named {0}.</source>
        <translation>No account named {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/campaigns.py" line="164" />
        <source>{0} has already been inspected in this campaign and stays in it.</source>
        <translation>{0} has already been inspected in this campaign and stays in it.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../officedesk/gui/campaigns/page.py" line="+221" />
        <source>No campaign yet. Plan one with New campaign.</source>
        <translation>No campaign yet. Plan one with New campaign.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name} ({start} – {end})</source>
        <translation>{name} ({start} – {end})</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{staff} staff checked: {present} present ({share}), {excused} absent with permission</source>
        <translation>{staff} staff checked: {present} present ({share}), {excused} absent with permission</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Late, absent without permission, away from their post or left early: {count} of {staff} staff</source>
        <translation>Late, absent without permission, away from their post or left early: {count} of {staff} staff</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Corrective &amp;actions ({overdue} overdue)</source>
        <translation>Corrective &amp;actions ({overdue} overdue)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Corrective &amp;actions</source>
        <translation>Corrective &amp;actions</translation>
    </message>
    <message>
        <location line="+19" />
        <source>compared with {rate} last year</source>
        <translation>compared with {rate} last year</translation>
    </message>
    <message>
        <location line="+1" />
        <source>compared with {rate} in {campaign}</source>
        <translation>compared with {rate} in {campaign}</translation>
    </message>
    <message>
        <location line="+43" />
        <source>{unit} has not been inspected in this campaign yet.</source>
        <translation>{unit} has not been inspected in this campaign yet.</translation>
    </message>
    <message>
        <location line="+91" />
        <source>The campaign was saved.</source>
        <translation>The campaign was saved.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../officedesk/cli.py" line="189" />
        <source>The demo is built into a SQLite file; give --db PATH.</source>
        <translation>The demo is built into a SQLite file; give --db PATH.</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="206" />
        <source>This database is already set up.</source>
        <translation>This database is already set up.</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="284" />
        <source>entry {0} missing (deleted)</source>
        <translation>entry {0} missing (deleted)</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="284" />
        <source>entry {0} altered</source>
        <translation>entry {0} altered</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="356" />
        <source>Write the signed copy to another file; the original is never signed in place.</source>
        <translation>Write the signed copy to another file; the original is never signed in place.</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="193" />
        <source>Demo database ready: {0}</source>
        <translation>Demo database ready: {0}</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="209" />
        <source>Empty database ready: {0}</source>
        <translation>Empty database ready: {0}</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="317" />
        <source>Name what the report is about.</source>
        <translation>Name what the report is about.</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="330" />
        <source>{0}: {1} pages</source>
        <translation>{0}: {1} pages</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="343" />
        <source>{0} written</source>
        <translation>{0} written</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="364" />
        <source>Certificate password: </source>
        <translation>Certificate password: </translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="368" />
        <source>Give a certificate file (--p12) or a token library (--pkcs11-lib).</source>
        <translation>Give a certificate file (--p12) or a token library (--pkcs11-lib).</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="369" />
        <source>Signed by {0} at {1} in block '{2}': {3}</source>
        <translation>Signed by {0} at {1} in block '{2}': {3}</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="191" />
        <source>{0} already exists; add --force to replace it.</source>
        <translation>{0} already exists; add --force to replace it.</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="203" />
        <source>{0} already exists.</source>
        <translation>{0} already exists.</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="288" />
        <source>Signed inspection {0} ({1}) was changed after signing.</source>
        <translation>Signed inspection {0} ({1}) was changed after signing.</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="295" />
        <source>{0} is a folder; give a file name.</source>
        <translation>{0} is a folder; give a file name.</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="297" />
        <source>The folder {0} does not exist.</source>
        <translation>The folder {0} does not exist.</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="315" />
        <source>Name an inspection, or a campaign with --campaign.</source>
        <translation>Name an inspection, or a campaign with --campaign.</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="360" />
        <source>Token PIN: </source>
        <translation>Token PIN: </translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="379" />
        <source>{0} has no digital signature.</source>
        <translation>{0} has no digital signature.</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="384" />
        <source>Field '{0}': signed by {1} at {2}</source>
        <translation>Field '{0}': signed by {1} at {2}</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="385" />
        <source>intact</source>
        <translation>intact</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="385" />
        <source>NOT intact: the signed bytes were changed</source>
        <translation>NOT intact: the signed bytes were changed</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="386" />
        <source>changed after signing</source>
        <translation>changed after signing</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="386" />
        <source>not changed after signing</source>
        <translation>not changed after signing</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="387" />
        <source>trusted</source>
        <translation>trusted</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="110" />
        <source>Error: {0}</source>
        <translation>Error: {0}</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="148" />
        <source>Building the demo database in {0} …</source>
        <translation>Building the demo database in {0} …</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="166" />
        <source>Password for {0}: </source>
        <translation>Password for {0}: </translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="285" />
        <source>Audit log broken at {0}: {1}, at {2}</source>
        <translation>Audit log broken at {0}: {1}, at {2}</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="387" />
        <source>not trusted: {0}</source>
        <translation>not trusted: {0}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../officedesk/gui/dbinfo.py" line="+12" />
        <source>no database open</source>
        <translation>no database open</translation>
    </message>
</context>
<context>
    <name>EntryLabels</name>
    <message>
        <location filename="../../officedesk/gui/entry/labels.py" line="+22" />
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excused absence</source>
        <translation>Excused absence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unexcused absence</source>
        <translation>Unexcused absence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left post</source>
        <translation>Left post</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left early</source>
        <translation>Left early</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not marked</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Business trip</source>
        <translation>Business trip</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sick</source>
        <translation>Sick</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Staffed</source>
        <translation>Staffed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>EMPTY</source>
        <translation>EMPTY</translation>
    </message>
</context>
<context>
    <name>EntryMessages</name>
    <message>
        <location filename="../../officedesk/gui/entry/dialogs.py" line="-164" />
        <source>Parts of the minutes</source>
        <translation>Parts of the minutes</translation>
    </message>
    <message>
        <location line="+8" />
        <source>OfficeDesk</source>
        <translation>OfficeDesk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>EntrySummary</name>
    <message>
        <location filename="../../officedesk/gui/entry/labels.py" line="+91" />
        <source>Present {present}/{headcount} ({rate}) · Late {late} · Excused {excused} · Unexcused {unexcused} · Left post {left_post} · Left early {left_early} · Empty posts {empty}</source>
        <translation>Present {present}/{headcount} ({rate}) · Late {late} · Excused {excused} · Unexcused {unexcused} · Left post {left_post} · Left early {left_early} · Empty posts {empty}</translation>
    </message>
    <message>
        <location line="+5" />
        <source> · Not marked yet {count}</source>
        <translation> · Not marked yet {count}</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../officedesk/gui/errors.py" line="+49" />
        <source>Sorry, something went wrong in OfficeDesk. What you had already saved is safe.

You can go on working. If this happens again, please tell your support contact and send them the error log.</source>
        <translation>Sorry, something went wrong in OfficeDesk. What you had already saved is safe.

You can go on working. If this happens again, please tell your support contact and send them the error log.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Error log: {path}</source>
        <translation>Error log: {path}</translation>
    </message>
    <message>
        <location line="+47" />
        <source>OfficeDesk</source>
        <translation>OfficeDesk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Error message</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>ExcuseDialog</name>
    <message>
        <location filename="../../ui/entry_excuse_dialog.ui" line="+14" />
        <source>Excused absence: {name}</source>
        <translation>Excused absence: {name}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. 12/GĐ-UBND</source>
        <translation>e.g. 12/GĐ-UBND</translation>
    </message>
    <message>
        <location line="-30" />
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Document no.:</source>
        <translation>&amp;Document no.:</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../officedesk/services/findings.py" line="70" />
        <source>Describe the corrective action.</source>
        <translation>Describe the corrective action.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/findings.py" line="58" />
        <source>No such violation.</source>
        <translation>No such violation.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/findings.py" line="74" />
        <source>The deadline is before the inspection's day.</source>
        <translation>The deadline is before the inspection's day.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/findings.py" line="97" />
        <source>No such corrective action.</source>
        <translation>No such corrective action.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/findings.py" line="112" />
        <source>You can update only your own unit's corrective actions.</source>
        <translation>You can update only your own unit's corrective actions.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/findings.py" line="130" />
        <source>This file is not a picture OfficeDesk can read.</source>
        <translation>This file is not a picture OfficeDesk can read.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/findings.py" line="155" />
        <source>No such photo.</source>
        <translation>No such photo.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/findings.py" line="182" />
        <source>The inspection cannot end before it started.</source>
        <translation>The inspection cannot end before it started.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/findings.py" line="80" />
        <source>That finding is not one of this inspection's.</source>
        <translation>That finding is not one of this inspection's.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/findings.py" line="45" />
        <source>No violation category {0}.</source>
        <translation>No violation category {0}.</translation>
    </message>
</context>
<context>
    <name>FindingsModels</name>
    <message>
        <location filename="../../officedesk/gui/entry/findings_models.py" line="+78" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+10" />
        <source>Corrective action</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <location line="-9" />
        <source>For the finding</source>
        <translation>For the finding</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+9" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="-8" />
        <location line="+9" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="-8" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+9" />
        <source>From the inspection of</source>
        <translation>From the inspection of</translation>
    </message>
    <message>
        <location line="+39" />
        <source>(no caption)</source>
        <translation>(no caption)</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../officedesk/gui/entry/findings_panel.py" line="+65" />
        <source>Choose the kind of violation</source>
        <translation>Choose the kind of violation</translation>
    </message>
    <message>
        <location line="+16" />
        <source>(nobody in particular)</source>
        <translation>(nobody in particular)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>(none in particular)</source>
        <translation>(none in particular)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Empty post: {post}</source>
        <translation>Empty post: {post}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{status} {minutes} min</source>
        <translation>{status} {minutes} min</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Choose the kind of violation first.</source>
        <translation>Choose the kind of violation first.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Cancelled during the inspection</source>
        <translation>Cancelled during the inspection</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Checked done during the inspection</source>
        <translation>Checked done during the inspection</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../officedesk/gui/signin/dialogs.py" line="+164" />
        <source>&amp;Create and sign in</source>
        <translation>&amp;Create and sign in</translation>
    </message>
    <message>
        <location line="+8" />
        <source>At least {count} characters; a short sentence you remember is safer than a word.</source>
        <translation>At least {count} characters; a short sentence you remember is safer than a word.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Type the administrator's full name.</source>
        <translation>Type the administrator's full name.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Type a user name without spaces, for example mai or lethimai.</source>
        <translation>Type a user name without spaces, for example mai or lethimai.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The password needs at least {count} characters.</source>
        <translation>The password needs at least {count} characters.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The two passwords are not the same. Type them again.</source>
        <translation>The two passwords are not the same. Type them again.</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin_dialog.ui" line="+14" />
        <source>First start – OfficeDesk</source>
        <translation>First start – OfficeDesk</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+6" />
        <source>Create the administrator's account</source>
        <translation>Create the administrator's account</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No one has an account in these data yet. The administrator signs in first, then creates the accounts of the team.</source>
        <translation>No one has an account in these data yet. The administrator signs in first, then creates the accounts of the team.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../officedesk/gui/accounts/first_run.py" line="+40" />
        <source>Create the &amp;data</source>
        <translation>Create the &amp;data</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The data will be kept in {path}</source>
        <translation>The data will be kept in {path}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>for example: Lào Cai</source>
        <translation>for example: Lào Cai</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The short code has 2 to 8 letters without accents or digits, such as A1 or HOA.</source>
        <translation>The short code has 2 to 8 letters without accents or digits, such as A1 or HOA.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give this computer a name, for example: Laptop of inspection team 1.</source>
        <translation>Give this computer a name, for example: Laptop of inspection team 1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type the name of the province.</source>
        <translation>Type the name of the province.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_first_run_dialog.ui" line="+14" />
        <source>First start – OfficeDesk</source>
        <translation>First start – OfficeDesk</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Set up OfficeDesk on this computer</source>
        <translation>Set up OfficeDesk on this computer</translation>
    </message>
    <message>
        <location line="+7" />
        <source>There are no OfficeDesk data on this computer yet. Give the computer a short code and a name; next you create the administrator's account.</source>
        <translation>There are no OfficeDesk data on this computer yet. Give the computer a short code and a name; next you create the administrator's account.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Short &amp;code:</source>
        <translation>Short &amp;code:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Short code of this computer</source>
        <translation>Short code of this computer</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A1</source>
        <translation>A1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>2 to 8 letters or digits, such as A1 or HOA. It ends the number of every minutes made on this computer (07/BB-ĐKT-A1), so that two laptops never give the same number: give each computer its own code.</source>
        <translation>2 to 8 letters or digits, such as A1 or HOA. It ends the number of every minutes made on this computer (07/BB-ĐKT-A1), so that two laptops never give the same number: give each computer its own code.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Name of this computer:</source>
        <translation>&amp;Name of this computer:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Name of this computer</source>
        <translation>Name of this computer</translation>
    </message>
    <message>
        <location line="+6" />
        <source>for example: Laptop of inspection team 1</source>
        <translation>for example: Laptop of inspection team 1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message>
        <location filename="../../officedesk/gui/entry/header_panel.py" line="+84" />
        <source>Day: {date}</source>
        <translation>Day: {date}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Amendment {n} — signed, locked</source>
        <translation>Amendment {n} — signed, locked</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Amendment {n} (draft)</source>
        <translation>Amendment {n} (draft)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signed — locked</source>
        <translation>Signed — locked</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No. {number}</source>
        <translation>No. {number}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(numbered at sign-off)</source>
        <translation>(numbered at sign-off)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version {n} — {state}</source>
        <translation>Version {n} — {state}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The minutes are signed — every change needs an amendment.</source>
        <translation>The minutes are signed — every change needs an amendment.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The minutes are signed — every change needs an amendment, which the head of the team makes.</source>
        <translation>The minutes are signed — every change needs an amendment, which the head of the team makes.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This is version {n}; version {latest} is the current one. Earlier versions can be read but not changed.</source>
        <translation>This is version {n}; version {latest} is the current one. Earlier versions can be read but not changed.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Amendment {n}, to be signed again. Reason: {reason}</source>
        <translation>Amendment {n}, to be signed again. Reason: {reason}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Your account can read this inspection but not change it.</source>
        <translation>Your account can read this inspection but not change it.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../officedesk/gui/help.py" line="-47" />
        <source>OfficeDesk user guide</source>
        <translation>OfficeDesk user guide</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+2" />
        <source>User guide text</source>
        <translation>User guide text</translation>
    </message>
</context>
<context>
    <name>InspectionEntry</name>
    <message>
        <location filename="../../ui/inspection_entry.ui" line="+14" />
        <source>Inspection entry</source>
        <translation>Inspection entry</translation>
    </message>
    <message>
        <location line="+35" />
        <source>No inspection is open. Start a new one, or open a draft from the campaign's list.</source>
        <translation>No inspection is open. Start a new one, or open a draft from the campaign's list.</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+134" />
        <source>&amp;New inspection…</source>
        <translation>&amp;New inspection…</translation>
    </message>
    <message>
        <location line="-66" />
        <source>Inspected unit</source>
        <translation>Inspected unit</translation>
    </message>
    <message>
        <location line="+10" />
        <source>State of the minutes</source>
        <translation>State of the minutes</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Number of the minutes</source>
        <translation>Number of the minutes</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Vers&amp;ion:</source>
        <translation>Vers&amp;ion:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Version of the minutes</source>
        <translation>Version of the minutes</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Day of the inspection</source>
        <translation>Day of the inspection</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Check &amp;time:</source>
        <translation>Check &amp;time:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Check time</source>
        <translation>Check time</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The minutes are locked</source>
        <translation>The minutes are locked</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The minutes are signed — every change needs an amendment.</source>
        <translation>The minutes are signed — every change needs an amendment.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Print the minut&amp;es…</source>
        <translation>Print the minut&amp;es…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A&amp;mend…</source>
        <translation>A&amp;mend…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Roster and posts</source>
        <translation>&amp;Roster and posts</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One row per person. C or Space: present, M: late, P: excused absence, K: unexcused absence, R: left post, S: left early. Ctrl+Enter: everyone else present. Insert: add a person.</source>
        <translation>One row per person. C or Space: present, M: late, P: excused absence, K: unexcused absence, R: left post, S: left early. Ctrl+Enter: everyone else present. Insert: add a person.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Mark every person not yet marked as present (Ctrl+Enter)</source>
        <translation>Mark every person not yet marked as present (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Everyone else present</source>
        <translation>&amp;Everyone else present</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add someone who is not on the roster (Insert)</source>
        <translation>Add someone who is not on the roster (Insert)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Add a person…</source>
        <translation>&amp;Add a person…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Redo (Ctrl+Y or Ctrl+Shift+Z)</source>
        <translation>Redo (Ctrl+Y or Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Re&amp;do</source>
        <translation>Re&amp;do</translation>
    </message>
    <message>
        <location line="+22" />
        <source>C/Space present · M late · P excused · K unexcused · R left post · S left early · Ctrl+Enter everyone else present</source>
        <translation>C/Space present · M late · P excused · K unexcused · R left post · S left early · Ctrl+Enter everyone else present</translation>
    </message>
    <message>
        <location line="-114" />
        <location line="+18" />
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Each post, staffed or empty at the check time. Press O or use the context menu to change a post's state; a reason is needed.</source>
        <translation>Each post, staffed or empty at the check time. Press O or use the context menu to change a post's state; a reason is needed.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Change the selected post's state, with a reason (O)</source>
        <translation>Change the selected post's state, with a reason (O)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Change post state…</source>
        <translation>&amp;Change post state…</translation>
    </message>
    <message>
        <location line="+179" />
        <source>Add vio&amp;lation</source>
        <translation>Add vio&amp;lation</translation>
    </message>
    <message>
        <location line="+299" />
        <source>A&amp;dd photos…</source>
        <translation>A&amp;dd photos…</translation>
    </message>
    <message>
        <location line="-399" />
        <source>&amp;Violations and actions</source>
        <translation>&amp;Violations and actions</translation>
    </message>
    <message>
        <location line="-185" />
        <source>Make the minutes of this inspection, look at them and print them (Reports)</source>
        <translation>Make the minutes of this inspection, look at them and print them (Reports)</translation>
    </message>
    <message>
        <location line="+225" />
        <location line="+6" />
        <source>Other violations</source>
        <translation>Other violations</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Kind of violation</source>
        <translation>Kind of violation</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Description of the violation</source>
        <translation>Description of the violation</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What was seen</source>
        <translation>What was seen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Person concerned</source>
        <translation>Person concerned</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+6" />
        <source>Corrective actions</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <location line="+18" />
        <source>For the finding:</source>
        <translation>For the finding:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The finding the action answers</source>
        <translation>The finding the action answers</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+3" />
        <source>What must be done</source>
        <translation>What must be done</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+3" />
        <source>Who does it</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Add a&amp;ction</source>
        <translation>Add a&amp;ction</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cancel action</source>
        <translation>Cancel action</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Still open from earlier inspections — check them now</source>
        <translation>Still open from earlier inspections — check them now</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Corrective actions still open from earlier inspections</source>
        <translation>Corrective actions still open from earlier inspections</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Mark as &amp;done</source>
        <translation>Mark as &amp;done</translation>
    </message>
    <message>
        <location line="+17" />
        <source>N&amp;otes and conclusions</source>
        <translation>N&amp;otes and conclusions</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Conclusions:</source>
        <translation>Conclusions:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Recommendations:</source>
        <translation>Recommendations:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Saved as you type.</source>
        <translation>Saved as you type.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Photos</source>
        <translation>&amp;Photos</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Photos attached to the minutes. Drop picture files here to attach them.</source>
        <translation>Photos attached to the minutes. Drop picture files here to attach them.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Caption of the next photo</source>
        <translation>Caption of the next photo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Caption of the next photo, e.g. the one-stop counter with nobody at 07:40</source>
        <translation>Caption of the next photo, e.g. the one-stop counter with nobody at 07:40</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Sign off…</source>
        <translation>&amp;Sign off…</translation>
    </message>
</context>
<context>
    <name>InspectionEntryPage</name>
    <message>
        <location filename="../../officedesk/gui/entry/page.py" line="+231" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Everyone else present</source>
        <translation>Everyone else present</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Undo: {what}</source>
        <translation>Undo: {what}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Redo: {what}</source>
        <translation>Redo: {what}</translation>
    </message>
    <message>
        <location line="+34" />
        <source>This inspection no longer exists.</source>
        <translation>This inspection no longer exists.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Minutes {number} – {unit}</source>
        <translation>Minutes {number} – {unit}</translation>
    </message>
    <message>
        <location line="+102" />
        <source>left {minutes} min early</source>
        <translation>left {minutes} min early</translation>
    </message>
    <message>
        <location line="-1" />
        <source>not early</source>
        <translation>not early</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{left}, before the check</source>
        <translation>{left}, before the check</translation>
    </message>
    <message>
        <location line="+12" />
        <source>late {minutes} min</source>
        <translation>late {minutes} min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <location line="+46" />
        <source>{count} more people marked present.</source>
        <translation>{count} more people marked present.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>{count} people are not marked yet: mark them or use 'Everyone else present' (Ctrl+Enter).</source>
        <translation>{count} people are not marked yet: mark them or use 'Everyone else present' (Ctrl+Enter).</translation>
    </message>
    <message>
        <location line="+65" />
        <source>New inspection</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A draft for this unit on this day is already open. Continue it?

Yes: continue the draft. No: start a second inspection.</source>
        <translation>A draft for this unit on this day is already open. Continue it?

Yes: continue the draft. No: start a second inspection.</translation>
    </message>
</context>
<context>
    <name>Inspections</name>
    <message>
        <location filename="../../officedesk/services/guards.py" line="29" />
        <source>You are not a member of this campaign's inspection team.</source>
        <translation>You are not a member of this campaign's inspection team.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/guards.py" line="35" />
        <source>No such inspection.</source>
        <translation>No such inspection.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/guards.py" line="44" />
        <source>This inspection is signed and locked. Make an amendment to change it.</source>
        <translation>This inspection is signed and locked. Make an amendment to change it.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/guards.py" line="48" />
        <source>This is an earlier version of the inspection; it can be read but not changed.</source>
        <translation>This is an earlier version of the inspection; it can be read but not changed.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="73" />
        <source>The check time is in the future.</source>
        <translation>The check time is in the future.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="257" />
        <source>Enter the person's full name.</source>
        <translation>Enter the person's full name.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="79" />
        <source>No such campaign or unit.</source>
        <translation>No such campaign or unit.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="177" />
        <source>No such person in this inspection.</source>
        <translation>No such person in this inspection.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="180" />
        <source>Enter the arrival time of a late arrival.</source>
        <translation>Enter the arrival time of a late arrival.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="294" />
        <source>This person is no longer on the roster.</source>
        <translation>This person is no longer on the roster.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="298" />
        <source>Only a person added on the spot can be taken off the roster.</source>
        <translation>Only a person added on the spot can be taken off the roster.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="331" />
        <source>No such post in this inspection.</source>
        <translation>No such post in this inspection.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="335" />
        <source>Give a reason for changing the post's state from what was observed.</source>
        <translation>Give a reason for changing the post's state from what was observed.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="69" />
        <source>{0} is not a working day: nobody is late or absent on it.</source>
        <translation>{0} is not a working day: nobody is late or absent on it.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="183" />
        <source>The arrival time {0} is in the future.</source>
        <translation>The arrival time {0} is in the future.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="186" />
        <source>The time {0} they left is in the future.</source>
        <translation>The time {0} they left is in the future.</translation>
    </message>
</context>
<context>
    <name>InspectionsModel</name>
    <message>
        <location filename="../../officedesk/gui/reports_page/models.py" line="+16" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Awaiting signature</source>
        <translation>Awaiting signature</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+0" />
        <source>(no number yet)</source>
        <translation>(no number yet)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+9" />
        <source>(amended)</source>
        <translation>(amended)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Version {n}: {reason}</source>
        <translation>Version {n}: {reason}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../officedesk/gui/signin/lock.py" line="+119" />
        <location filename="../../ui/lock_screen.ui" line="+14" />
        <location line="+3" />
        <location line="+52" />
        <source>OfficeDesk is locked</source>
        <translation>OfficeDesk is locked</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Signed in: {user}</source>
        <translation>Signed in: {user}</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="+14" />
        <source>Nobody used this computer for a while. Everything entered is saved. Enter your password to continue.</source>
        <translation>Nobody used this computer for a while. Everything entered is saved. Enter your password to continue.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Sign in as &amp;someone else</source>
        <translation>Sign in as &amp;someone else</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../officedesk/gui/main_window.py" line="+79" />
        <source>Database in use</source>
        <translation>Database in use</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location line="+182" />
        <source>{page} – {user} – OfficeDesk</source>
        <translation>{page} – {user} – OfficeDesk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{page} – OfficeDesk</source>
        <translation>{page} – OfficeDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="+36" />
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a section of OfficeDesk. Ctrl+1 to Ctrl+6 jump to a section.</source>
        <translation>Choose a section of OfficeDesk. Ctrl+1 to Ctrl+6 jump to a section.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Current section</source>
        <translation>Current section</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Status bar</source>
        <translation>Status bar</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close OfficeDesk. Everything you entered is already saved.</source>
        <translation>Close OfficeDesk. Everything you entered is already saved.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;About OfficeDesk</source>
        <translation>&amp;About OfficeDesk</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../officedesk/gui/campaigns/editor_models.py" line="+78" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role in the team</source>
        <translation>Role in the team</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+18" />
        <source>(no account)</source>
        <translation>(no account)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The account that records the inspections, if this member has one on this computer</source>
        <translation>The account that records the inspections, if this member has one on this computer</translation>
    </message>
</context>
<context>
    <name>MinutesReader</name>
    <message>
        <location filename="../../officedesk/gui/entry/minutes_reader.py" line="+33" />
        <source>The minutes before signing</source>
        <translation>The minutes before signing</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Making the minutes…</source>
        <translation>Making the minutes…</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The minutes could not be made. The details are in the error log.</source>
        <translation>The minutes could not be made. The details are in the error log.</translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <location filename="../../ui/entry_new_inspection_dialog.ui" line="+20" />
        <location line="+3" />
        <source>New inspection</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Day of the inspection</source>
        <translation>Day of the inspection</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Check time</source>
        <translation>Check time</translation>
    </message>
    <message>
        <location line="-67" />
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Check &amp;time:</source>
        <translation>Check &amp;time:</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/entry/new_dialog.py" line="+34" />
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Choose a campaign and a unit from the list.</source>
        <translation>Choose a campaign and a unit from the list.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{day} is outside the campaign's dates ({dates}). Check the day, or press Start again to go on.</source>
        <translation>{day} is outside the campaign's dates ({dates}). Check the day, or press Start again to go on.</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../officedesk/gui/ops.py" line="+342" />
        <source>OfficeDesk</source>
        <translation>OfficeDesk</translation>
    </message>
</context>
<context>
    <name>Org</name>
    <message>
        <location filename="../../officedesk/services/org.py" line="61" />
        <source>A unit needs a code and a name.</source>
        <translation>A unit needs a code and a name.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="242" />
        <source>No such post.</source>
        <translation>No such post.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="250" />
        <source>A post needs a code.</source>
        <translation>A post needs a code.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="252" />
        <source>A post needs a name.</source>
        <translation>A post needs a name.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="413" />
        <source>No working schedule is set. An administrator sets one under Settings.</source>
        <translation>No working schedule is set. An administrator sets one under Settings.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="136" />
        <source>No such staff member.</source>
        <translation>No such staff member.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="222" />
        <source>A post is retired from today or an earlier day, not ahead of time: retire it on the day it closes.</source>
        <translation>A post is retired from today or an earlier day, not ahead of time: retire it on the day it closes.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="81" />
        <source>No unit with code {0}.</source>
        <translation>No unit with code {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="88" />
        <source>No schedule with code {0}.</source>
        <translation>No schedule with code {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="105" />
        <source>Every staff member needs a code and a full name.</source>
        <translation>Every staff member needs a code and a full name.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="244" />
        <source>The post {0} is retired and can no longer be changed.</source>
        <translation>The post {0} is retired and can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="257" />
        <source>The unit already has a post with code {0}.</source>
        <translation>The unit already has a post with code {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="298" />
        <source>An inspection of {0} that is signed or submitted recorded who held this post: change the officers from the next day on.</source>
        <translation>An inspection of {0} that is signed or submitted recorded who held this post: change the officers from the next day on.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="64" />
        <source>A unit with code {0} already exists.</source>
        <translation>A unit with code {0} already exists.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="227" />
        <source>The post has existed since {0}; it cannot be retired from an earlier day.</source>
        <translation>The post has existed since {0}; it cannot be retired from an earlier day.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="231" />
        <source>An inspection of {0} checked this post: retire it from the next day on.</source>
        <translation>An inspection of {0} checked this post: retire it from the next day on.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="275" />
        <source>No staff member with code {0}.</source>
        <translation>No staff member with code {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="421" />
        <source>No working schedule covers {0}.</source>
        <translation>No working schedule covers {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="107" />
        <source>A staff member with code {0} already exists.</source>
        <translation>A staff member with code {0} already exists.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="279" />
        <source>{0} works in another unit and cannot hold a post of this one.</source>
        <translation>{0} works in another unit and cannot hold a post of this one.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="281" />
        <source>{0} left the unit on {1} and cannot hold the post from {2}.</source>
        <translation>{0} left the unit on {1} and cannot hold the post from {2}.</translation>
    </message>
</context>
<context>
    <name>OverridesModel</name>
    <message>
        <location filename="../../officedesk/gui/units/models.py" line="+252" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
</context>
<context>
    <name>PageContext</name>
    <message>
        <location filename="../../officedesk/gui/pages.py" line="+52" />
        <source>Sign in to continue.</source>
        <translation>Sign in to continue.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location line="+158" />
        <source>&amp;Campaigns</source>
        <translation>&amp;Campaigns</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Plan inspection campaigns, choose the units to visit and follow their progress.</source>
        <translation>Plan inspection campaigns, choose the units to visit and follow their progress.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Inspection entry</source>
        <translation>&amp;Inspection entry</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Record who is present, late or absent at a unit, note empty posts, and have the unit sign.</source>
        <translation>Record who is present, late or absent at a unit, note empty posts, and have the unit sign.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Units and staff</source>
        <translation>&amp;Units and staff</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep the list of units, their staff and the posts of the one-stop counters.</source>
        <translation>Keep the list of units, their staff and the posts of the one-stop counters.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print minutes and summaries, compare with past campaigns and export to Excel.</source>
        <translation>Print minutes and summaries, compare with past campaigns and export to Excel.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Corrective ac&amp;tions</source>
        <translation>Corrective ac&amp;tions</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Follow the corrective actions of every campaign and unit, and note what the units report.</source>
        <translation>Follow the corrective actions of every campaign and unit, and note what the units report.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Accounts</source>
        <translation>&amp;Accounts</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Create the accounts of the team and the unit heads; change your own password.</source>
        <translation>Create the accounts of the team and the unit heads; change your own password.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose the interface language and see which data are in use.</source>
        <translation>Choose the interface language and see which data are in use.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../officedesk/gui/accounts/dialogs.py" line="+31" />
        <source>At least {count} characters; a short sentence you remember is safer than a word.</source>
        <translation>At least {count} characters; a short sentence you remember is safer than a word.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type your current password, then the new one twice. Everything else stays as it is.</source>
        <translation>Type your current password, then the new one twice. Everything else stays as it is.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Save the new password</source>
        <translation>&amp;Save the new password</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reset the password of {name}</source>
        <translation>Reset the password of {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A new password for {name} ({username}). It also lifts a lockout. Tell it to them in person; they can change it after signing in.</source>
        <translation>A new password for {name} ({username}). It also lifts a lockout. Tell it to them in person; they can change it after signing in.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Set the password</source>
        <translation>&amp;Set the password</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Type your current password.</source>
        <translation>Type your current password.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The password needs at least {count} characters.</source>
        <translation>The password needs at least {count} characters.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The two passwords are not the same. Type them again.</source>
        <translation>The two passwords are not the same. Type them again.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_password_dialog.ui" line="+14" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Repeat the new password</source>
        <translation>Repeat the new password</translation>
    </message>
</context>
<context>
    <name>PdfSign</name>
    <message>
        <location filename="../../officedesk/gui/pdfsign/__init__.py" line="+26" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Choose the PDF to sign</source>
        <translation>Choose the PDF to sign</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Choose the PDF to check</source>
        <translation>Choose the PDF to check</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/pdfsign/common.py" line="+25" />
        <source>Unit representative</source>
        <translation>Unit representative</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team leader</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minute-taker</source>
        <translation>Minute-taker</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../officedesk/services/permissions.py" line="+52" />
        <source>Your account is not allowed to do this ({0}).</source>
        <translation>Your account is not allowed to do this ({0}).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>view data</source>
        <translation>view data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>print reports</source>
        <translation>print reports</translation>
    </message>
    <message>
        <location line="+1" />
        <source>manage accounts</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edit units, staff and schedules</source>
        <translation>edit units, staff and schedules</translation>
    </message>
    <message>
        <location line="+1" />
        <source>plan campaigns</source>
        <translation>plan campaigns</translation>
    </message>
    <message>
        <location line="+1" />
        <source>record inspections</source>
        <translation>record inspections</translation>
    </message>
    <message>
        <location line="+1" />
        <source>collect signatures on the spot</source>
        <translation>collect signatures on the spot</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sign as the unit's head</source>
        <translation>sign as the unit's head</translation>
    </message>
    <message>
        <location line="+1" />
        <source>amend signed inspections</source>
        <translation>amend signed inspections</translation>
    </message>
    <message>
        <location line="+1" />
        <source>update corrective actions</source>
        <translation>update corrective actions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>exchange data</source>
        <translation>exchange data</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../officedesk/gui/entry/photo_viewer.py" line="+17" />
        <location line="+1" />
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Photo: {caption}</source>
        <translation>Photo: {caption}</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../officedesk/gui/entry/photos_panel.py" line="+85" />
        <source>Attach photos</source>
        <translation>Attach photos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff *.heic)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff *.heic)</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Cannot read the file: {error}</source>
        <translation>Cannot read the file: {error}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Attaching photos…</source>
        <translation>Attaching photos…</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../officedesk/gui/pages.py" line="-156" />
        <source>This screen is being built and will come in a next version.</source>
        <translation>This screen is being built and will come in a next version.</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <location filename="../../officedesk/gui/units/post_dialog.py" line="+119" />
        <source>New post of {unit}</source>
        <translation>New post of {unit}</translation>
    </message>
    <message>
        <location line="-4" />
        <source>e.g. {code}-DC</source>
        <translation>e.g. {code}-DC</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Post: {name}</source>
        <translation>Post: {name}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Officers change &amp;from:</source>
        <translation>Officers change &amp;from:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Officers change from</source>
        <translation>Officers change from</translation>
    </message>
    <message>
        <location line="+52" />
        <source>The list of officers is still loading; try again in a moment.</source>
        <translation>The list of officers is still loading; try again in a moment.</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Give the post a code.</source>
        <translation>Give the post a code.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The unit already has a post with this code.</source>
        <translation>The unit already has a post with this code.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the post a name.</source>
        <translation>Give the post a name.</translation>
    </message>
    <message>
        <location filename="../../ui/units_post_dialog.ui" line="+14" />
        <source>New post</source>
        <translation>New post</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Post code</source>
        <translation>Post code</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Name of the post</source>
        <translation>Name of the post</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. Land registry counter</source>
        <translation>e.g. Land registry counter</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Must be staffed during working hours</source>
        <translation>&amp;Must be staffed during working hours</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Officers assigned &amp;from:</source>
        <translation>Officers assigned &amp;from:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Officers assigned from</source>
        <translation>Officers assigned from</translation>
    </message>
    <message>
        <location line="+3" />
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+10" />
        <source>How a change of officers is kept</source>
        <translation>How a change of officers is kept</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Officers you untick hold the post until the day before this date; inspections already made keep the officers of their day.</source>
        <translation>Officers you untick hold the post until the day before this date; inspections already made keep the officers of their day.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Officers:</source>
        <translation>&amp;Officers:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Find an officer of the unit</source>
        <translation>Find an officer of the unit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type to find a person; tick the officers of this post</source>
        <translation>Type to find a person; tick the officers of this post</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Officers of this post</source>
        <translation>Officers of this post</translation>
    </message>
    <message>
        <location line="+15" />
        <source>What needs fixing</source>
        <translation>What needs fixing</translation>
    </message>
</context>
<context>
    <name>PostStateDialog</name>
    <message>
        <location filename="../../ui/entry_post_state_dialog.ui" line="+14" />
        <source>State of the post: {post}</source>
        <translation>State of the post: {post}</translation>
    </message>
    <message>
        <location line="+25" />
        <source>State of the post</source>
        <translation>State of the post</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-34" />
        <source>Observed: {state}</source>
        <translation>Observed: {state}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;State:</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/entry/dialogs.py" line="+132" />
        <source>Give a reason for changing the post's state from what was observed.</source>
        <translation>Give a reason for changing the post's state from what was observed.</translation>
    </message>
</context>
<context>
    <name>PostsModel</name>
    <message>
        <location filename="../../officedesk/gui/entry/posts_model.py" line="+99" />
        <location filename="../../officedesk/gui/units/models.py" line="-56" />
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who is there</source>
        <translation>Who is there</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Observed / decided</source>
        <translation>Observed / decided</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{name} (not required)</source>
        <translation>{name} (not required)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not seen yet</source>
        <translation>Not seen yet</translation>
    </message>
    <message>
        <location line="+5" />
        <source>its people are not marked yet</source>
        <translation>its people are not marked yet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>as observed</source>
        <translation>as observed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>observed {observed}, set to {state}: {reason}</source>
        <translation>observed {observed}, set to {state}: {reason}</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/units/models.py" line="-1" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Must be staffed</source>
        <translation>Must be staffed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assigned officers</source>
        <translation>Assigned officers</translation>
    </message>
    <message>
        <location line="+0" />
        <source>nobody assigned</source>
        <translation>nobody assigned</translation>
    </message>
</context>
<context>
    <name>PostsPanel</name>
    <message>
        <location filename="../../officedesk/gui/entry/posts_panel.py" line="+38" />
        <source>Change the post's state…</source>
        <translation>Change the post's state…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Back to what was observed</source>
        <translation>Back to what was observed</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../officedesk/gui/reports_page/preview.py" line="+62" />
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Pages of the document</source>
        <translation>Pages of the document</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Nothing to show yet</source>
        <translation>Nothing to show yet</translation>
    </message>
    <message>
        <location line="+20" />
        <source>of {count}</source>
        <translation>of {count}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The Excel workbook “{title}” is ready.

Choose “Save as…” to keep it, then open it in Excel or send it.</source>
        <translation>The Excel workbook “{title}” is ready.

Choose “Save as…” to keep it, then open it in Excel or send it.</translation>
    </message>
    <message>
        <location line="+99" />
        <source>Print “{title}”</source>
        <translation>Print “{title}”</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The printer could not start. Check that it is on and connected, then try again.</source>
        <translation>The printer could not start. Check that it is on and connected, then try again.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The document could not be read for printing.</source>
        <translation>The document could not be read for printing.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Printing “{title}”…</source>
        <translation>Printing “{title}”…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Save the PDF to sign</source>
        <translation>Save the PDF to sign</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+20" />
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>OfficeDesk could not write {path}. Check that the folder exists, that you may write in it and that the file is not open in another program.</source>
        <translation>OfficeDesk could not write {path}. Check that the folder exists, that you may write in it and that the file is not open in another program.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../officedesk/gui/ops.py" line="-227" />
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../officedesk/gui/qt_strings.py" line="+106" />
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <location line="+110" />
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Job Control</source>
        <translation>Job Control</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scheduled &amp;printing:</source>
        <translation>Scheduled &amp;printing:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Billing information:</source>
        <translation>&amp;Billing information:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Job &amp;priority:</source>
        <translation>Job &amp;priority:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Banner Pages</source>
        <translation>Banner Pages</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print Immediately</source>
        <translation>Print Immediately</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hold Indefinitely</source>
        <translation>Hold Indefinitely</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Day (06:00 to 17:59)</source>
        <translation>Day (06:00 to 17:59)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Night (18:00 to 05:59)</source>
        <translation>Night (18:00 to 05:59)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Second Shift (16:00 to 23:59)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Third Shift (00:00 to 07:59)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Weekend (Saturday to Sunday)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Specific Time</source>
        <translation>Specific Time</translation>
    </message>
    <message>
        <location line="+1" />
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unclassified</source>
        <translation>Unclassified</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Classified</source>
        <translation>Classified</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Top Secret</source>
        <translation>Top Secret</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-188" />
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show </source>
        <translation>Show </translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Are you sure you want to delete '%1'?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-67" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-8" />
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location line="+160" />
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page size:</source>
        <translation>Page size:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Width:</source>
        <translation>Width:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Height:</source>
        <translation>Height:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paper source:</source>
        <translation>Paper source:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reverse landscape</source>
        <translation>Reverse landscape</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reverse portrait</source>
        <translation>Reverse portrait</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Margins</source>
        <translation>Margins</translation>
    </message>
    <message>
        <location line="+1" />
        <source>top margin</source>
        <translation>top margin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>left margin</source>
        <translation>left margin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>right margin</source>
        <translation>right margin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>bottom margin</source>
        <translation>bottom margin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page Layout</source>
        <translation>Page Layout</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page &amp;order:</source>
        <translation>Page &amp;order:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pages &amp;per sheet:</source>
        <translation>Pages &amp;per sheet:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Millimeters (mm)</source>
        <translation>Millimeters (mm)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inches (in)</source>
        <translation>Inches (in)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points (pt)</source>
        <translation>Points (pt)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <location line="+44" />
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom (%1mm x %2mm)</source>
        <translation>Custom (%1mm x %2mm)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom (%1pt x %2pt)</source>
        <translation>Custom (%1pt x %2pt)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom (%1in x %2in)</source>
        <translation>Custom (%1in x %2in)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom (%1pc x %2pc)</source>
        <translation>Custom (%1pc x %2pc)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom (%1DD x %2DD)</source>
        <translation>Custom (%1DD x %2DD)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom (%1CC x %2CC)</source>
        <translation>Custom (%1CC x %2CC)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Postcard</source>
        <translation>Postcard</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Double Postcard</source>
        <translation>Double Postcard</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fan-fold US (14.875 x 11 in)</source>
        <translation>Fan-fold US (14.875 x 11 in)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translation>Fan-fold German (8.5 x 12 in)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translation>Fan-fold German Legal (8.5 x 13 in)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope B4</source>
        <translation>Envelope B4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope B5</source>
        <translation>Envelope B5</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope B6</source>
        <translation>Envelope B6</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope C0</source>
        <translation>Envelope C0</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope C1</source>
        <translation>Envelope C1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope C2</source>
        <translation>Envelope C2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope C3</source>
        <translation>Envelope C3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope C4</source>
        <translation>Envelope C4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope C5</source>
        <translation>Envelope C5</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope C6</source>
        <translation>Envelope C6</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope C65</source>
        <translation>Envelope C65</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope C7</source>
        <translation>Envelope C7</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope Chou 3</source>
        <translation>Envelope Chou 3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope Chou 4</source>
        <translation>Envelope Chou 4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope DL</source>
        <translation>Envelope DL</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope Kaku 2</source>
        <translation>Envelope Kaku 2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope Kaku 3</source>
        <translation>Envelope Kaku 3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope Monarch</source>
        <translation>Envelope Monarch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope PRC 1</source>
        <translation>Envelope PRC 1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope PRC 2</source>
        <translation>Envelope PRC 2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope PRC 3</source>
        <translation>Envelope PRC 3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope PRC 4</source>
        <translation>Envelope PRC 4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope PRC 5</source>
        <translation>Envelope PRC 5</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope PRC 6</source>
        <translation>Envelope PRC 6</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope PRC 7</source>
        <translation>Envelope PRC 7</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope PRC 8</source>
        <translation>Envelope PRC 8</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope PRC 9</source>
        <translation>Envelope PRC 9</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope PRC 10</source>
        <translation>Envelope PRC 10</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope US 9</source>
        <translation>Envelope US 9</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope US 10</source>
        <translation>Envelope US 10</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope US 11</source>
        <translation>Envelope US 11</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope US 12</source>
        <translation>Envelope US 12</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope US 14</source>
        <translation>Envelope US 14</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope You 4</source>
        <translation>Envelope You 4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope Invite</source>
        <translation>Envelope Invite</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope Italian</source>
        <translation>Envelope Italian</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope Personal</source>
        <translation>Envelope Personal</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-292" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location line="+77" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Options &gt;&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Options &lt;&lt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print to File (PDF)</source>
        <translation>Print to File (PDF)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Local file</source>
        <translation>Local file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write PDF file</source>
        <translation>Write PDF file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print To File ...</source>
        <translation>Print To File ...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All Pages</source>
        <translation>All Pages</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Odd Pages</source>
        <translation>Odd Pages</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Even Pages</source>
        <translation>Even Pages</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left to Right, Top to Bottom</source>
        <translation>Left to Right, Top to Bottom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left to Right, Bottom to Top</source>
        <translation>Left to Right, Bottom to Top</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Right to Left, Bottom to Top</source>
        <translation>Right to Left, Bottom to Top</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Right to Left, Top to Bottom</source>
        <translation>Right to Left, Top to Bottom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bottom to Top, Left to Right</source>
        <translation>Bottom to Top, Left to Right</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bottom to Top, Right to Left</source>
        <translation>Bottom to Top, Right to Left</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Top to Bottom, Left to Right</source>
        <translation>Top to Bottom, Left to Right</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Top to Bottom, Right to Left</source>
        <translation>Top to Bottom, Right to Left</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 already exists.
Do you want to overwrite it?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 is a directory.
Please choose a different file name.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>File %1 is not writable.
Please choose a different file name.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
        <translation>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Invalid Pages Definition</source>
        <translation>Invalid Pages Definition</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duplex Settings Conflicts</source>
        <translation>Duplex Settings Conflicts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>There are conflicts in duplex settings. Do you want to fix them?</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <location line="+100" />
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show single page</source>
        <translation>Show single page</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show facing pages</source>
        <translation>Show facing pages</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show overview of all pages</source>
        <translation>Show overview of all pages</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page setup</source>
        <translation>Page setup</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page Setup</source>
        <translation>Page Setup</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <location line="-80" />
        <source>Printer Properties</source>
        <translation>Printer Properties</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Job Options</source>
        <translation>Job Options</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page Setup Conflicts</source>
        <translation>Page Setup Conflicts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Advanced Option Conflicts</source>
        <translation>Advanced Option Conflicts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>There are conflicts in page setup options. Do you want to fix them?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>There are conflicts in some advanced options. Do you want to fix them?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <location line="+5" />
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>There are conflicts in some options. Please fix them.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location line="-41" />
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print range</source>
        <translation>Print range</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print all</source>
        <translation>Print all</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pages from</source>
        <translation>Pages from</translation>
    </message>
    <message>
        <location line="+1" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Current Page</source>
        <translation>Current Page</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page &amp;Set:</source>
        <translation>Page &amp;Set:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Output Settings</source>
        <translation>Output Settings</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copies:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Collate</source>
        <translation>Collate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Color Mode</source>
        <translation>Color Mode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Grayscale</source>
        <translation>Grayscale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Double Sided Printing</source>
        <translation>Double Sided Printing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Long side binding</source>
        <translation>Long side binding</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Short side binding</source>
        <translation>Short side binding</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location line="-32" />
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P&amp;roperties</source>
        <translation>P&amp;roperties</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Output &amp;file:</source>
        <translation>Output &amp;file:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-107" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>Queries</name>
    <message>
        <location filename="../../officedesk/services/queries.py" line="105" />
        <source>Nothing found for {0}.</source>
        <translation>Nothing found for {0}.</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <location filename="../../officedesk/gui/entry/recorder.py" line="+169" />
        <source>{name}: {status}</source>
        <translation>{name}: {status}</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Note of {name}</source>
        <translation>Note of {name}</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Everyone else present ({count})</source>
        <translation>Everyone else present ({count})</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Add {name}</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Post {name}</source>
        <translation>Post {name}</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Check time</source>
        <translation>Check time</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Add a violation</source>
        <translation>Add a violation</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Remove a violation</source>
        <translation>Remove a violation</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Add a corrective action</source>
        <translation>Add a corrective action</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Action done: {what}</source>
        <translation>Action done: {what}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action cancelled: {what}</source>
        <translation>Action cancelled: {what}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Add a photo</source>
        <translation>Add a photo</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Remove a photo</source>
        <translation>Remove a photo</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../ui/reports_preview.ui" line="+14" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Document shown</source>
        <translation>Document shown</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Add a digital signature (certificate file or USB token) to a copy of this PDF</source>
        <translation>Add a digital signature (certificate file or USB token) to a copy of this PDF</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Check the digital signatures of a PDF</source>
        <translation>Check the digital signatures of a PDF</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Chec&amp;k signatures…</source>
        <translation>Chec&amp;k signatures…</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+3" />
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Pag&amp;e:</source>
        <translation>Pag&amp;e:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Page shown</source>
        <translation>Page shown</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Number of pages</source>
        <translation>Number of pages</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+3" />
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location line="+26" />
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Zoom out (Ctrl+minus)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Zoom in (Ctrl+plus)</translation>
    </message>
    <message>
        <location line="-143" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sa&amp;ve as…</source>
        <translation>Sa&amp;ve as…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Sig&amp;n digitally…</source>
        <translation>Sig&amp;n digitally…</translation>
    </message>
    <message>
        <location line="+152" />
        <source>Choose a document on the left. It appears here, to read before you print it or save it.</source>
        <translation>Choose a document on the left. It appears here, to read before you print it or save it.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>About the workbook</source>
        <translation>About the workbook</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../officedesk/gui/reports_page/page.py" line="+45" />
        <source>Sent to the printer: {n} pages.</source>
        <translation>Sent to the printer: {n} pages.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved as {path}.</source>
        <translation>Saved as {path}.</translation>
    </message>
    <message>
        <location line="+108" />
        <source>{name} ({start} – {end})</source>
        <translation>{name} ({start} – {end})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No campaign yet</source>
        <translation>No campaign yet</translation>
    </message>
    <message>
        <location line="+54" />
        <source>No inspection in this campaign yet.</source>
        <translation>No inspection in this campaign yet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Inspections: {count}</source>
        <translation>Inspections: {count}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Inspections: {shown} of {count}</source>
        <translation>Inspections: {shown} of {count}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Type a name or a staff code.</source>
        <translation>Type a name or a staff code.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Found: {count}</source>
        <translation>Found: {count}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Many people match: type more of the name.</source>
        <translation>Many people match: type more of the name.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nobody found.</source>
        <translation>Nobody found.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Minutes {number} – {unit}</source>
        <translation>Minutes {number} – {unit}</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+5" />
        <source>Making the minutes…</source>
        <translation>Making the minutes…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>All minutes – {campaign}</source>
        <translation>All minutes – {campaign}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Putting every minutes of the campaign in one file…</source>
        <translation>Putting every minutes of the campaign in one file…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Summary report – {campaign}</source>
        <translation>Summary report – {campaign}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Making the summary report…</source>
        <translation>Making the summary report…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Campaign {campaign}</source>
        <translation>Campaign {campaign}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Making the Excel workbook…</source>
        <translation>Making the Excel workbook…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>History of {name}</source>
        <translation>History of {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Making the history…</source>
        <translation>Making the history…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Scorecard – {unit}</source>
        <translation>Scorecard – {unit}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Making the scorecard…</source>
        <translation>Making the scorecard…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Please wait: a document is being made.</source>
        <translation>Please wait: a document is being made.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Ready: {title}.</source>
        <translation>Ready: {title}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The document was made but cannot be shown. Try again.</source>
        <translation>The document was made but cannot be shown. Try again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ready: {title} ({pages} pages).</source>
        <translation>Ready: {title} ({pages} pages).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>This campaign has no inspection yet: there is nothing to print.</source>
        <translation>This campaign has no inspection yet: there is nothing to print.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This document cannot be made by this version of OfficeDesk yet.</source>
        <translation>This document cannot be made by this version of OfficeDesk yet.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stopped: no document was made.</source>
        <translation>Stopped: no document was made.</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../ui/reports_page.ui" line="+14" />
        <location line="+6" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="+9" />
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location line="+22" />
        <source>What to print</source>
        <translation>What to print</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Inspections</source>
        <translation>&amp;Inspections</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Fin&amp;d:</source>
        <translation>Fin&amp;d:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Find an inspection by unit or number</source>
        <translation>Find an inspection by unit or number</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unit, number or date</source>
        <translation>Unit, number or date</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Inspections of the campaign</source>
        <translation>Inspections of the campaign</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Number of inspections</source>
        <translation>Number of inspections</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Preview the &amp;minutes</source>
        <translation>Preview the &amp;minutes</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The whole campaign</source>
        <translation>The whole campaign</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Every minutes of the campaign in one PDF, for the archive</source>
        <translation>Every minutes of the campaign in one PDF, for the archive</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;All minutes in one file</source>
        <translation>&amp;All minutes in one file</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The report to the leaders: rates by unit, comparison with the previous campaign, repeat offenders, overdue actions</source>
        <translation>The report to the leaders: rates by unit, comparison with the previous campaign, repeat offenders, overdue actions</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Campaign &amp;summary</source>
        <translation>Campaign &amp;summary</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The summary and every inspection as an Excel workbook</source>
        <translation>The summary and every inspection as an Excel workbook</translation>
    </message>
    <message>
        <location line="+3" />
        <source>E&amp;xport to Excel</source>
        <translation>E&amp;xport to Excel</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Staff histor&amp;y</source>
        <translation>Staff histor&amp;y</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Fin&amp;d a person:</source>
        <translation>Fin&amp;d a person:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Find a person by name or code</source>
        <translation>Find a person by name or code</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name or code, with or without accents</source>
        <translation>Name or code, with or without accents</translation>
    </message>
    <message>
        <location line="+12" />
        <source>People found</source>
        <translation>People found</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Number of people found</source>
        <translation>Number of people found</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Sho&amp;w the history</source>
        <translation>Sho&amp;w the history</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Unit scorecard</source>
        <translation>&amp;Unit scorecard</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Fin&amp;d a unit:</source>
        <translation>Fin&amp;d a unit:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Find a unit</source>
        <translation>Find a unit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type to find a unit</source>
        <translation>Type to find a unit</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Sho&amp;w the scorecard</source>
        <translation>Sho&amp;w the scorecard</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>RetirePostDialog</name>
    <message>
        <location filename="../../officedesk/gui/units/post_dialog.py" line="+36" />
        <source>Retire the post {code}</source>
        <translation>Retire the post {code}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>From the day you choose, inspections no longer check this post and its officers stop holding it. Inspections already made keep their check of it. A retired post cannot be brought back: if it opens again, add it anew.</source>
        <translation>From the day you choose, inspections no longer check this post and its officers stop holding it. Inspections already made keep their check of it. A retired post cannot be brought back: if it opens again, add it anew.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>nobody assigned</source>
        <translation>nobody assigned</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A post is retired from today or an earlier day.</source>
        <translation>A post is retired from today or an earlier day.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Retire the post</source>
        <translation>&amp;Retire the post</translation>
    </message>
    <message>
        <location filename="../../ui/units_retire_post_dialog.ui" line="+14" />
        <source>Retire a post</source>
        <translation>Retire a post</translation>
    </message>
    <message>
        <location line="+6" />
        <source>What retiring the post does</source>
        <translation>What retiring the post does</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Post:</source>
        <translation>Post:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Post to retire</source>
        <translation>Post to retire</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Officers now:</source>
        <translation>Officers now:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Officers who hold the post now</source>
        <translation>Officers who hold the post now</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;No longer checked from:</source>
        <translation>&amp;No longer checked from:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>First day the post is no longer checked</source>
        <translation>First day the post is no longer checked</translation>
    </message>
    <message>
        <location line="+3" />
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+19" />
        <source>What needs fixing</source>
        <translation>What needs fixing</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../officedesk/gui/signin/labels.py" line="+29" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team leader</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Head of unit</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reader of reports</source>
        <translation>Reader of reports</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../officedesk/gui/entry/roster_model.py" line="+194" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minutes late</source>
        <translation>Minutes late</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reason / document no.</source>
        <translation>Reason / document no.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Arrived / left</source>
        <translation>Arrived / left</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2" />
        <source>When a late person arrived; for someone who left early, when they left</source>
        <translation>When a late person arrived; for someone who left early, when they left</translation>
    </message>
    <message>
        <location line="+2" />
        <source>C or Space: present · M: late · P: excused absence · K: unexcused absence · R: left post · S: left early</source>
        <translation>C or Space: present · M: late · P: excused absence · K: unexcused absence · R: left post · S: left early</translation>
    </message>
    <message>
        <location line="+50" />
        <source> (added on the spot)</source>
        <translation> (added on the spot)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>left at {time}, {minutes} min early</source>
        <translation>left at {time}, {minutes} min early</translation>
    </message>
</context>
<context>
    <name>ScheduleVersionDialog</name>
    <message>
        <location filename="../../officedesk/gui/units/schedule_dialogs.py" line="-147" />
        <source>New working hours for “{name}”. They apply from the day you choose; the hours before it stay as they were, and inspections already made keep the hours they were judged by.</source>
        <translation>New working hours for “{name}”. They apply from the day you choose; the hours before it stay as they were, and inspections already made keep the hours they were judged by.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+1" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+57" />
        <source>the first season</source>
        <translation>the first season</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the second season</source>
        <translation>the second season</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give {season} a name, such as “Mùa hè” or “Mùa đông”.</source>
        <translation>Give {season} a name, such as “Mùa hè” or “Mùa đông”.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In {season}, the morning must end after it starts.</source>
        <translation>In {season}, the morning must end after it starts.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In {season}, the afternoon must end after it starts.</source>
        <translation>In {season}, the afternoon must end after it starts.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In {season}, the morning must end before the afternoon starts.</source>
        <translation>In {season}, the morning must end before the afternoon starts.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The two seasons need different names.</source>
        <translation>The two seasons need different names.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The new hours must start after {day}, the day the latest version began.</source>
        <translation>The new hours must start after {day}, the day the latest version began.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The two seasons overlap: make one end the day before the other starts.</source>
        <translation>The two seasons overlap: make one end the day before the other starts.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No season covers {first} ({count} days of the year in all): every day needs hours.</source>
        <translation>No season covers {first} ({count} days of the year in all): every day needs hours.</translation>
    </message>
    <message>
        <location filename="../../ui/units_schedule_dialog.ui" line="+14" />
        <source>New version of the working hours</source>
        <translation>New version of the working hours</translation>
    </message>
    <message>
        <location line="+25" />
        <source>In &amp;force from:</source>
        <translation>In &amp;force from:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location line="+3" />
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Late after (minutes of grace):</source>
        <translation>&amp;Late after (minutes of grace):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Minutes of grace before someone is late</source>
        <translation>Minutes of grace before someone is late</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Leaving &amp;early allowed (minutes):</source>
        <translation>Leaving &amp;early allowed (minutes):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Minutes someone may leave before the end of a session</source>
        <translation>Minutes someone may leave before the end of a session</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Count late minutes from the start of the session</source>
        <translation>&amp;Count late minutes from the start of the session</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When ticked, someone 12 minutes late with 5 minutes of grace is 12 minutes late; otherwise 7.</source>
        <translation>When ticked, someone 12 minutes late with 5 minutes of grace is 12 minutes late; otherwise 7.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Seasons</source>
        <translation>Seasons</translation>
    </message>
    <message>
        <location line="+6" />
        <source>First season</source>
        <translation>First season</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Second seas&amp;on</source>
        <translation>Second seas&amp;on</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Season &amp;name:</source>
        <translation>Season &amp;name:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Season name, first season</source>
        <translation>Season name, first season</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Season name, second season</source>
        <translation>Season name, second season</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Starts on (day/month):</source>
        <translation>&amp;Starts on (day/month):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Starts on (day/month), first season</source>
        <translation>Starts on (day/month), first season</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+10" />
        <location line="+20" />
        <location line="+10" />
        <source>dd/MM</source>
        <translation>dd/MM</translation>
    </message>
    <message>
        <location line="-33" />
        <source>Starts on (day/month), second season</source>
        <translation>Starts on (day/month), second season</translation>
    </message>
    <message>
        <location line="+10" />
        <source>En&amp;ds on (day/month):</source>
        <translation>En&amp;ds on (day/month):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Ends on (day/month), first season</source>
        <translation>Ends on (day/month), first season</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Ends on (day/month), second season</source>
        <translation>Ends on (day/month), second season</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Morning starts:</source>
        <translation>&amp;Morning starts:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Morning starts, first season</source>
        <translation>Morning starts, first season</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+10" />
        <location line="+20" />
        <location line="+10" />
        <location line="+20" />
        <location line="+10" />
        <location line="+20" />
        <location line="+10" />
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location line="-93" />
        <source>Morning starts, second season</source>
        <translation>Morning starts, second season</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Mo&amp;rning ends:</source>
        <translation>Mo&amp;rning ends:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Morning ends, first season</source>
        <translation>Morning ends, first season</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Morning ends, second season</source>
        <translation>Morning ends, second season</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Afternoon starts:</source>
        <translation>&amp;Afternoon starts:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Afternoon starts, first season</source>
        <translation>Afternoon starts, first season</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Afternoon starts, second season</source>
        <translation>Afternoon starts, second season</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Af&amp;ternoon ends:</source>
        <translation>Af&amp;ternoon ends:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Afternoon ends, first season</source>
        <translation>Afternoon ends, first season</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Afternoon ends, second season</source>
        <translation>Afternoon ends, second season</translation>
    </message>
    <message>
        <location line="+15" />
        <source>What needs fixing</source>
        <translation>What needs fixing</translation>
    </message>
</context>
<context>
    <name>SeasonsModel</name>
    <message>
        <location filename="../../officedesk/gui/units/models.py" line="+13" />
        <source>Season</source>
        <translation>Season</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Afternoon</source>
        <translation>Afternoon</translation>
    </message>
</context>
<context>
    <name>SectionErrorPage</name>
    <message>
        <location filename="../../officedesk/gui/pages.py" line="+21" />
        <source>This section could not be opened. The details are in the error log; the other sections work.</source>
        <translation>This section could not be opened. The details are in the error log; the other sections work.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../officedesk/gui/signin/session.py" line="+118" />
        <source>&amp;Lock the screen</source>
        <translation>&amp;Lock the screen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hide the screen until you type your password again.</source>
        <translation>Hide the screen until you type your password again.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close every screen and let someone else sign in.</source>
        <translation>Close every screen and let someone else sign in.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Opening the data…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <location line="+44" />
        <source>There are no OfficeDesk data at {path}. Ask the administrator to set up this computer.</source>
        <translation>There are no OfficeDesk data at {path}. Ask the administrator to set up this computer.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>OfficeDesk is being set up on this computer.</source>
        <translation>OfficeDesk is being set up on this computer.</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+23" />
        <source>First start</source>
        <translation>First start</translation>
    </message>
    <message>
        <location line="-5" />
        <source>There are no OfficeDesk data at {path} yet, and nothing has been created. Set up this computer to begin.</source>
        <translation>There are no OfficeDesk data at {path} yet, and nothing has been created. Set up this computer to begin.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Set up this computer…</source>
        <translation>&amp;Set up this computer…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Signing in failed. The details are in the error log.</source>
        <translation>Signing in failed. The details are in the error log.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The data could not be opened. The details are in the error log.</source>
        <translation>The data could not be opened. The details are in the error log.</translation>
    </message>
    <message>
        <location line="+43" />
        <location line="+62" />
        <source>OfficeDesk shows the data once you have signed in.</source>
        <translation>OfficeDesk shows the data once you have signed in.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../officedesk/gui/settings_page.py" line="+78" />
        <source>{language} will be used the next time OfficeDesk starts.</source>
        <translation>{language} will be used the next time OfficeDesk starts.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No folder chosen</source>
        <translation>No folder chosen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Documents will be set in Liberation Serif.</source>
        <translation>Documents will be set in Liberation Serif.</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../../ui/settings_page.ui" line="+150" />
        <source>Choose the folder holding Times New Roman</source>
        <translation>Choose the folder holding Times New Roman</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Documents will be set in Times New Roman from {folder}.</source>
        <translation>Documents will be set in Times New Roman from {folder}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Times New Roman not found</source>
        <translation>Times New Roman not found</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The folder {folder} does not hold the four Times New Roman files (regular, bold, italic and bold italic: times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf).

On Windows they are in C:\Windows\Fonts. Documents stay in the font used so far.</source>
        <translation>The folder {folder} does not hold the four Times New Roman files (regular, bold, italic and bold italic: times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf).

On Windows they are in C:\Windows\Fonts. Documents stay in the font used so far.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The default: {path}</source>
        <translation>The default: {path}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A database chosen here is opened the next time OfficeDesk starts, unless OfficeDesk is started with another one.</source>
        <translation>A database chosen here is opened the next time OfficeDesk starts, unless OfficeDesk is started with another one.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This computer is set up to open {database}, so this choice is not used.</source>
        <translation>This computer is set up to open {database}, so this choice is not used.</translation>
    </message>
    <message>
        <location line="+9" />
        <location filename="../../ui/settings_page.ui" line="+121" />
        <source>Choose the database</source>
        <translation>Choose the database</translation>
    </message>
    <message>
        <location line="+1" />
        <source>OfficeDesk databases (*.db);;All files (*)</source>
        <translation>OfficeDesk databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{path} will be opened the next time OfficeDesk starts.</source>
        <translation>{path} will be opened the next time OfficeDesk starts.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The default database will be opened the next time OfficeDesk starts.</source>
        <translation>The default database will be opened the next time OfficeDesk starts.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="-265" />
        <location line="+4" />
        <location line="+1" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Interface language:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A new language is used the next time OfficeDesk starts.</source>
        <translation>A new language is used the next time OfficeDesk starts.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Inspector using this computer</source>
        <translation>Inspector using this computer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Full name of the inspector</source>
        <translation>Full name of the inspector</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Position of the inspector</source>
        <translation>Position of the inspector</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Unit or agency:</source>
        <translation>&amp;Unit or agency:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unit or agency of the inspector</source>
        <translation>Unit or agency of the inspector</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Kept on this computer only. When a campaign names no minute-taker, the sign-off dialog fills in the minute-taker's block with it.</source>
        <translation>Kept on this computer only. When a campaign names no minute-taker, the sign-off dialog fills in the minute-taker's block with it.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Font of the minutes and reports:</source>
        <translation>Font of the minutes and reports:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Liberation Serif (comes with OfficeDesk)</source>
        <translation>Liberation Serif (comes with OfficeDesk)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Li&amp;beration Serif (comes with OfficeDesk, same letter sizes as Times New Roman)</source>
        <translation>Li&amp;beration Serif (comes with OfficeDesk, same letter sizes as Times New Roman)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Times New Roman installed on this computer</source>
        <translation>Times New Roman installed on this computer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Times New Roman installed on this &amp;computer</source>
        <translation>Times New Roman installed on this &amp;computer</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Folder of Times New Roman</source>
        <translation>Folder of Times New Roman</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choose f&amp;older…</source>
        <translation>Choose f&amp;older…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The folder holding the four Times New Roman files: regular, bold, italic and bold italic</source>
        <translation>The folder holding the four Times New Roman files: regular, bold, italic and bold italic</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Documents made after a change use the new font.</source>
        <translation>Documents made after a change use the new font.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Working hours are set per unit under Units and staff → Working hours.</source>
        <translation>Working hours are set per unit under Units and staff → Working hours.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open working hours</source>
        <translation>Open working hours</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;working hours</source>
        <translation>Open &amp;working hours</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Shared computer</source>
        <translation>Shared computer</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Lock after this long without use:</source>
        <translation>&amp;Lock after this long without use:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Minutes without use before OfficeDesk locks</source>
        <translation>Minutes without use before OfficeDesk locks</translation>
    </message>
    <message>
        <location line="+3" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+16" />
        <source>OfficeDesk hides the screen and asks for the password again when nobody has used it for this many minutes. Everything entered stays saved.</source>
        <translation>OfficeDesk hides the screen and asks for the password again when nobody has used it for this many minutes. Everything entered stays saved.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Database in use:</source>
        <translation>Database in use:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Database in use</source>
        <translation>Database in use</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Database at the next start:</source>
        <translation>Database at the next start:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Database at the next start</source>
        <translation>Database at the next start</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choose &amp;database…</source>
        <translation>Choose &amp;database…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose an OfficeDesk database file, or a name for a new one</source>
        <translation>Choose an OfficeDesk database file, or a name for a new one</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Use the default database</source>
        <translation>Use the default database</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use the d&amp;efault</source>
        <translation>Use the d&amp;efault</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Error log folder:</source>
        <translation>Error log folder:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Error log folder</source>
        <translation>Error log folder</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../officedesk/gui/signin/calls.py" line="65" />
        <source>Only a data file on this computer can be set up here; a server's database is set up by its administrator.</source>
        <translation>Only a data file on this computer can be set up here; a server's database is set up by its administrator.</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/signin/calls.py" line="103" />
        <source>Someone has just created the first account of these data. Sign in with yours.</source>
        <translation>Someone has just created the first account of these data. Sign in with yours.</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/signin/calls.py" line="80" />
        <source>The data cannot be created in {0}: {1}</source>
        <translation>The data cannot be created in {0}: {1}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../officedesk/gui/signin/dialogs.py" line="-84" />
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Type your user name.</source>
        <translation>Type your user name.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <location filename="../../ui/signin_dialog.ui" line="+14" />
        <source>Sign in – OfficeDesk</source>
        <translation>Sign in – OfficeDesk</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sign in to OfficeDesk</source>
        <translation>Sign in to OfficeDesk</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Each member of the team signs in with their own account, so that the records show who entered what.</source>
        <translation>Each member of the team signs in with their own account, so that the records show who entered what.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <location filename="../../officedesk/services/signoff.py" line="177" />
        <source>An amendment needs a reason.</source>
        <translation>An amendment needs a reason.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/signoff.py" line="123" />
        <source>This inspection is already signed.</source>
        <translation>This inspection is already signed.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/signoff.py" line="128" />
        <source>A unit head signs only the unit's block; the team signs for itself.</source>
        <translation>A unit head signs only the unit's block; the team signs for itself.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/signoff.py" line="182" />
        <source>Only a signed inspection is amended; a draft is edited directly.</source>
        <translation>Only a signed inspection is amended; a draft is edited directly.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/signoff.py" line="186" />
        <source>This inspection already has a newer version.</source>
        <translation>This inspection already has a newer version.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/signoff.py" line="117" />
        <source>You can sign only inspections of your own unit.</source>
        <translation>You can sign only inspections of your own unit.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/signoff.py" line="134" />
        <source>Every signatory needs a name.</source>
        <translation>Every signatory needs a name.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/signoff.py" line="131" />
        <source>Signatures are missing: {0}.</source>
        <translation>Signatures are missing: {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/signoff.py" line="139" />
        <source>{0} people are not marked yet: mark them or use 'everyone else present'.</source>
        <translation>{0} people are not marked yet: mark them or use 'everyone else present'.</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../officedesk/gui/entry/signoff_dialog.py" line="+58" />
        <source>Sign and &amp;lock</source>
        <translation>Sign and &amp;lock</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Minutes of {unit}</source>
        <translation>Minutes of {unit}</translation>
    </message>
    <message>
        <location line="+63" />
        <source>the unit's representative</source>
        <translation>the unit's representative</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the team leader</source>
        <translation>the team leader</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the minute-taker</source>
        <translation>the minute-taker</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Enter the name of {who}.</source>
        <translation>Enter the name of {who}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signature missing: {who}.</source>
        <translation>Signature missing: {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/signoff_dialog.ui" line="+14" />
        <location line="+3" />
        <source>Sign the minutes</source>
        <translation>Sign the minutes</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Read the summary with the unit's representative. Each person signs in their block; the minutes are then locked.</source>
        <translation>Read the summary with the unit's representative. Each person signs in their block; the minutes are then locked.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Summary of the inspection</source>
        <translation>Summary of the inspection</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The whole minutes as they will be signed: who was flagged, the posts, the violations and the actions</source>
        <translation>The whole minutes as they will be signed: who was flagged, the posts, the violations and the actions</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Read the minutes…</source>
        <translation>&amp;Read the minutes…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The inspection &amp;ended at:</source>
        <translation>The inspection &amp;ended at:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>End time of the inspection</source>
        <translation>End time of the inspection</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Unit representative</source>
        <translation>Unit representative</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Unit representative: full name</source>
        <translation>Unit representative: full name</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+79" />
        <location line="+79" />
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="-148" />
        <source>Unit representative: title</source>
        <translation>Unit representative: title</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Unit representative: signature</source>
        <translation>Unit representative: signature</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+79" />
        <location line="+79" />
        <source>Undo stroke</source>
        <translation>Undo stroke</translation>
    </message>
    <message>
        <location line="-151" />
        <location line="+79" />
        <location line="+79" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="-146" />
        <source>Team leader</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location line="+8" />
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Team leader: full name</source>
        <translation>Team leader: full name</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Team leader: title</source>
        <translation>Team leader: title</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Team leader: signature</source>
        <translation>Team leader: signature</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Minute-taker</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Minute-taker: full name</source>
        <translation>Minute-taker: full name</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Minute-taker: title</source>
        <translation>Minute-taker: title</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Minute-taker: signature</source>
        <translation>Minute-taker: signature</translation>
    </message>
    <message>
        <location line="+37" />
        <source>What is still missing</source>
        <translation>What is still missing</translation>
    </message>
</context>
<context>
    <name>SignPdfDialog</name>
    <message>
        <location filename="../../officedesk/gui/pdfsign/sign_dialog.py" line="+101" />
        <source>The .p12 or .pfx file given by the certificate authority</source>
        <translation>The .p12 or .pfx file given by the certificate authority</translation>
    </message>
    <message>
        <location line="+2" />
        <source>for example {path}</source>
        <translation>for example {path}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Sign</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location line="+5" />
        <source>C&amp;heck the signature</source>
        <translation>C&amp;heck the signature</translation>
    </message>
    <message>
        <location line="+67" />
        <location filename="../../ui/pdfsign_sign_dialog.ui" line="+137" />
        <source>Choose the certificate file</source>
        <translation>Choose the certificate file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificate files (*.p12 *.pfx);;All files (*)</source>
        <translation>Certificate files (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <location line="+9" />
        <location filename="../../ui/pdfsign_sign_dialog.ui" line="+71" />
        <source>Choose the token driver</source>
        <translation>Choose the token driver</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Token drivers ({pattern});;All files (*)</source>
        <translation>Token drivers ({pattern});;All files (*)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Save the signed file as</source>
        <translation>Save the signed file as</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Choose where to save the signed file.</source>
        <translation>Choose where to save the signed file.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The signed file must be saved as a new file, not over the original.</source>
        <translation>The signed file must be saved as a new file, not over the original.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Enter the driver of the USB token (the PKCS#11 library).</source>
        <translation>Enter the driver of the USB token (the PKCS#11 library).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type the PIN of the USB token.</source>
        <translation>Type the PIN of the USB token.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Choose the certificate file (.p12 or .pfx).</source>
        <translation>Choose the certificate file (.p12 or .pfx).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The certificate file {name} does not exist.</source>
        <translation>The certificate file {name} does not exist.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>{name} already exists. Replace it with the signed file?</source>
        <translation>{name} already exists. Replace it with the signed file?</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Signing {name}…</source>
        <translation>Signing {name}…</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Signed by {signer} at {time}.</source>
        <translation>Signed by {signer} at {time}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved as {path}</source>
        <translation>Saved as {path}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Digital signing is not installed on this computer; reinstall OfficeDesk.</source>
        <translation>Digital signing is not installed on this computer; reinstall OfficeDesk.</translation>
    </message>
    <message>
        <location filename="../../ui/pdfsign_sign_dialog.ui" line="-194" />
        <source>Sign a PDF – OfficeDesk</source>
        <translation>Sign a PDF – OfficeDesk</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sign a PDF</source>
        <translation>Sign a PDF</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sign a PDF with a digital signature</source>
        <translation>Sign a PDF with a digital signature</translation>
    </message>
    <message>
        <location line="+9" />
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>File to sign</source>
        <translation>File to sign</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Si&amp;gn as:</source>
        <translation>Si&amp;gn as:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Signature block</source>
        <translation>Signature block</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Sign with</source>
        <translation>Sign with</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Certificate &amp;file (.p12, .pfx)</source>
        <translation>Certificate &amp;file (.p12, .pfx)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>USB &amp;token</source>
        <translation>USB &amp;token</translation>
    </message>
    <message>
        <location line="+26" />
        <source>&amp;Certificate file:</source>
        <translation>&amp;Certificate file:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Certificate file</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+71" />
        <location line="+120" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="-179" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Password of the certificate file</source>
        <translation>Password of the certificate file</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Used for this signature only: OfficeDesk never saves the password.</source>
        <translation>Used for this signature only: OfficeDesk never saves the password.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Token &amp;driver (PKCS#11):</source>
        <translation>Token &amp;driver (PKCS#11):</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Token driver</source>
        <translation>Token driver</translation>
    </message>
    <message>
        <location line="+19" />
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>PIN of the token</source>
        <translation>PIN of the token</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Token &amp;name (optional):</source>
        <translation>Token &amp;name (optional):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Token name</source>
        <translation>Token name</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only when several tokens are plugged in</source>
        <translation>Only when several tokens are plugged in</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Reason for signing</source>
        <translation>Reason for signing</translation>
    </message>
    <message>
        <location line="+10" />
        <source>P&amp;lace:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Place of signing</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save the signed file &amp;as:</source>
        <translation>Save the signed file &amp;as:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Signed file</source>
        <translation>Signed file</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Choose where to save the signed file</source>
        <translation>Choose where to save the signed file</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <location filename="../../officedesk/gui/signature_pad.py" line="+300" />
        <source>Signature pad: {caption}</source>
        <translation>Signature pad: {caption}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Undo stroke</source>
        <translation>&amp;Undo stroke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location line="-200" />
        <source>Signature pad</source>
        <translation>Signature pad</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sign here with the pen, a finger or the mouse. Ctrl+Z undoes the last stroke; Delete clears.</source>
        <translation>Sign here with the pen, a finger or the mouse. Ctrl+Z undoes the last stroke; Delete clears.</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Sign above the line</source>
        <translation>Sign above the line</translation>
    </message>
</context>
<context>
    <name>SignaturesModel</name>
    <message>
        <location filename="../../officedesk/gui/pdfsign/models.py" line="+72" />
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changed after signing</source>
        <translation>Changed after signing</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+8" />
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <location line="+2" />
        <source>YES</source>
        <translation>YES</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No: {reason}</source>
        <translation>No: {reason}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The signature of {signer} is NOT valid: the signed content was changed.</source>
        <translation>The signature of {signer} is NOT valid: the signed content was changed.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The signature of {signer}{when} is intact, but the file was changed after signing.</source>
        <translation>The signature of {signer}{when} is intact, but the file was changed after signing.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The signature of {signer}{when} is intact but its certificate is not confirmed.</source>
        <translation>The signature of {signer}{when} is intact but its certificate is not confirmed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Valid signature of {signer}{when}.</source>
        <translation>Valid signature of {signer}{when}.</translation>
    </message>
</context>
<context>
    <name>SignedOutPage</name>
    <message>
        <location filename="../../officedesk/gui/signin/session.py" line="-284" />
        <location line="+4" />
        <source>Sign in to continue</source>
        <translation>Sign in to continue</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Sign in…</source>
        <translation>&amp;Sign in…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../officedesk/gui/units/staff_dialog.py" line="+39" />
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location line="+1" />
        <source>still working here</source>
        <translation>still working here</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New staff member of {unit}</source>
        <translation>New staff member of {unit}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Staff member: {name}</source>
        <translation>Staff member: {name}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A staff code does not change: inspections refer to it.</source>
        <translation>A staff code does not change: inspections refer to it.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The date a person joined is set when they are added.</source>
        <translation>The date a person joined is set when they are added.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Give the person a staff code.</source>
        <translation>Give the person a staff code.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write the person's full name.</source>
        <translation>Write the person's full name.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The day the person left is before the day they joined.</source>
        <translation>The day the person left is before the day they joined.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The day a person left cannot be removed once saved; correct it to another day instead.</source>
        <translation>The day a person left cannot be removed once saved; correct it to another day instead.</translation>
    </message>
    <message>
        <location filename="../../ui/units_staff_dialog.ui" line="+14" />
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Staff code</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Joined on:</source>
        <translation>&amp;Joined on:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Joined the unit on</source>
        <translation>Joined the unit on</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+23" />
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="-13" />
        <source>&amp;Left on:</source>
        <translation>&amp;Left on:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Left the unit on</source>
        <translation>Left the unit on</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Time-clock number:</source>
        <translation>&amp;Time-clock number:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Number on the time clock</source>
        <translation>Number on the time clock</translation>
    </message>
    <message>
        <location line="+12" />
        <source>What needs fixing</source>
        <translation>What needs fixing</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../officedesk/gui/units/models.py" line="-64" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../officedesk/storage/schema.py" line="62" />
        <source>The database file {0} does not exist. Create one with 'officedesk init' or 'officedesk demo'.</source>
        <translation>The database file {0} does not exist. Create one with 'officedesk init' or 'officedesk demo'.</translation>
    </message>
    <message>
        <location filename="../../officedesk/storage/schema.py" line="66" />
        <source>{0} is a folder, not a database file.</source>
        <translation>{0} is a folder, not a database file.</translation>
    </message>
    <message>
        <location filename="../../officedesk/storage/schema.py" line="70" />
        <source>{0} is not an OfficeDesk database (the file is damaged or of another kind).</source>
        <translation>{0} is not an OfficeDesk database (the file is damaged or of another kind).</translation>
    </message>
    <message>
        <location filename="../../officedesk/storage/schema.py" line="160" />
        <source>The database {0} is empty. Create one with 'officedesk init'.</source>
        <translation>The database {0} is empty. Create one with 'officedesk init'.</translation>
    </message>
    <message>
        <location filename="../../officedesk/storage/schema.py" line="163" />
        <source>This database was made by a newer OfficeDesk; update the application.</source>
        <translation>This database was made by a newer OfficeDesk; update the application.</translation>
    </message>
    <message>
        <location filename="../../officedesk/storage/schema.py" line="94" />
        <source>Cannot open the database {0}: {1}</source>
        <translation>Cannot open the database {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../officedesk/storage/schema.py" line="106" />
        <source>This database was not made by OfficeDesk.</source>
        <translation>This database was not made by OfficeDesk.</translation>
    </message>
</context>
<context>
    <name>UnitChart</name>
    <message>
        <location filename="../../officedesk/gui/campaigns/chart.py" line="+48" />
        <source>Chart of findings by unit</source>
        <translation>Chart of findings by unit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The same numbers are in the Units tab.</source>
        <translation>The same numbers are in the Units tab.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>No one was found at fault in this campaign so far.</source>
        <translation>No one was found at fault in this campaign so far.</translation>
    </message>
    <message>
        <location line="+74" />
        <source>{unit}
{kind}: {count}
Click to open the inspection.</source>
        <translation>{unit}
{kind}: {count}
Click to open the inspection.</translation>
    </message>
</context>
<context>
    <name>UnitChoiceModel</name>
    <message>
        <location filename="../../officedesk/gui/campaigns/editor_models.py" line="+88" />
        <source>Already inspected in this campaign: it stays in the list.</source>
        <translation>Already inspected in this campaign: it stays in the list.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{count} staff</source>
        <translation>{count} staff</translation>
    </message>
</context>
<context>
    <name>UnitCombo</name>
    <message>
        <location filename="../../officedesk/gui/unit_combo.py" line="+43" />
        <source>Type part of the name or the code</source>
        <translation>Type part of the name or the code</translation>
    </message>
</context>
<context>
    <name>UnitLabels</name>
    <message>
        <location filename="../../officedesk/gui/units/labels.py" line="+14" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City or district</source>
        <translation>City or district</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commune or ward</source>
        <translation>Commune or ward</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Public administrative service centre</source>
        <translation>Public administrative service centre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sub-unit</source>
        <translation>Sub-unit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Make-up working day</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Day off</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Afternoon</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>UnitResultsModel</name>
    <message>
        <location filename="../../officedesk/gui/campaigns/models.py" line="+53" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Inspected on</source>
        <translation>Inspected on</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unexcused</source>
        <translation>Unexcused</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left early</source>
        <translation>Left early</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Empty posts</source>
        <translation>Empty posts</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The minutes' number and where the inspection stands</source>
        <translation>The minutes' number and where the inspection stands</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Staff of the unit on the day of the inspection</source>
        <translation>Staff of the unit on the day of the inspection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On time or late</source>
        <translation>On time or late</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Absent without permission</source>
        <translation>Absent without permission</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Away from their post</source>
        <translation>Away from their post</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Required posts with nobody at them at the check time</source>
        <translation>Required posts with nobody at them at the check time</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Violation rate: late, absent without permission, away from their post or left early, as a share of the staff</source>
        <translation>Violation rate: late, absent without permission, away from their post or left early, as a share of the staff</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+16" />
        <source>Not inspected yet</source>
        <translation>Not inspected yet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>({count} visits)</source>
        <translation>({count} visits)</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../officedesk/gui/units/models.py" line="+227" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../officedesk/gui/units/page.py" line="+270" />
        <source>No unit chosen</source>
        <translation>No unit chosen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a unit in the list on the left.</source>
        <translation>Choose a unit in the list on the left.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>code {code}</source>
        <translation>code {code}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>head: {name}, {title}</source>
        <translation>head: {name}, {title}</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Nobody works directly in this unit: choose one of its units, or tick “All units”.</source>
        <translation>Nobody works directly in this unit: choose one of its units, or tick “All units”.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nobody found. Try fewer words, or tick “All units” to search the whole province.</source>
        <translation>Nobody found. Try fewer words, or tick “All units” to search the whole province.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>People listed: {count}</source>
        <translation>People listed: {count}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} who have left are not shown</source>
        <translation>{count} who have left are not shown</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Your account cannot change units, staff or working hours.</source>
        <translation>Your account cannot change units, staff or working hours.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Your account cannot change staff details.</source>
        <translation>Your account cannot change staff details.</translation>
    </message>
    <message>
        <location line="+50" />
        <location line="+207" />
        <location line="+5" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="-191" />
        <source>&amp;Posts ({count})</source>
        <translation>&amp;Posts ({count})</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../ui/units_page.ui" line="+243" />
        <source>&amp;Posts</source>
        <translation>&amp;Posts</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Your account cannot change posts.</source>
        <translation>Your account cannot change posts.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>The post is saved.</source>
        <translation>The post is saved.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“{name}” is retired: it is no longer checked from {day}.</source>
        <translation>“{name}” is retired: it is no longer checked from {day}.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>No working hours are set for the province yet.</source>
        <translation>No working hours are set for the province yet.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This unit has its own hours: “{name}”.</source>
        <translation>This unit has its own hours: “{name}”.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follows “{name}”, set for {unit}.</source>
        <translation>Follows “{name}”, set for {unit}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follows the province's hours: “{name}”.</source>
        <translation>Follows the province's hours: “{name}”.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>In force since {start}.</source>
        <translation>In force since {start}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In force from {start} until the day before {end}.</source>
        <translation>In force from {start} until the day before {end}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Someone is late after {late} minutes of grace, counted from the start of the session.</source>
        <translation>Someone is late after {late} minutes of grace, counted from the start of the session.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Someone is late after {late} minutes of grace, counted from the end of the grace.</source>
        <translation>Someone is late after {late} minutes of grace, counted from the end of the grace.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leaving up to {early} minutes before the end of a session is allowed.</source>
        <translation>Leaving up to {early} minutes before the end of a session is allowed.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>On {day} the hours of “{season}” apply.</source>
        <translation>On {day} the hours of “{season}” apply.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No season covers {day}.</source>
        <translation>No season covers {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/units_page.ui" line="-229" />
        <location line="+6" />
        <source>Units and staff</source>
        <translation>Units and staff</translation>
    </message>
    <message>
        <location line="+29" />
        <source>&amp;Units:</source>
        <translation>&amp;Units:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Find a unit</source>
        <translation>Find a unit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type to find a unit</source>
        <translation>Type to find a unit</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Selected unit</source>
        <translation>Selected unit</translation>
    </message>
    <message>
        <location line="+10" />
        <source>About the selected unit</source>
        <translation>About the selected unit</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Your account can look at units, staff and working hours but not change them.</source>
        <translation>Your account can look at units, staff and working hours but not change them.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Details of the unit</source>
        <translation>Details of the unit</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Staff</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Sear&amp;ch:</source>
        <translation>Sear&amp;ch:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Search staff by name or code</source>
        <translation>Search staff by name or code</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name or code, with or without accents</source>
        <translation>Name or code, with or without accents</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Search the staff of every unit of the province</source>
        <translation>Search the staff of every unit of the province</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;All units</source>
        <translation>&amp;All units</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Include people who have &amp;left</source>
        <translation>Include people who have &amp;left</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Number of people listed</source>
        <translation>Number of people listed</translation>
    </message>
    <message>
        <location line="+14" />
        <source>A&amp;dd a person…</source>
        <translation>A&amp;dd a person…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Posts of the unit</source>
        <translation>Posts of the unit</translation>
    </message>
    <message>
        <location line="+21" />
        <source>A post that must be staffed is marked empty on an inspection when nobody is at it.</source>
        <translation>A post that must be staffed is marked empty on an inspection when nobody is at it.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add a p&amp;ost…</source>
        <translation>Add a p&amp;ost…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Change the post's name, code or officers (Enter or a double click on a post does the same)</source>
        <translation>Change the post's name, code or officers (Enter or a double click on a post does the same)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Edit post…</source>
        <translation>&amp;Edit post…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The post closes: it is no longer checked from a day you choose</source>
        <translation>The post closes: it is no longer checked from a day you choose</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Retire post…</source>
        <translation>&amp;Retire post…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Working hours</source>
        <translation>&amp;Working hours</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Hours in force &amp;on:</source>
        <translation>Hours in force &amp;on:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Show the hours in force on this day</source>
        <translation>Show the hours in force on this day</translation>
    </message>
    <message>
        <location line="+3" />
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Which schedule applies</source>
        <translation>Which schedule applies</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Seasons and working sessions</source>
        <translation>Seasons and working sessions</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Grace periods</source>
        <translation>Grace periods</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+6" />
        <source>Versions of this schedule</source>
        <translation>Versions of this schedule</translation>
    </message>
    <message>
        <location line="+22" />
        <source>&amp;New version…</source>
        <translation>&amp;New version…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Days changed by notice (whole province)</source>
        <translation>Days changed by notice (whole province)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Days changed by notice</source>
        <translation>Days changed by notice</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Add a da&amp;y…</source>
        <translation>Add a da&amp;y…</translation>
    </message>
</context>
<context>
    <name>VerifyPdfDialog</name>
    <message>
        <location filename="../../officedesk/gui/pdfsign/verify_dialog.py" line="+100" />
        <source>Checking the signatures…</source>
        <translation>Checking the signatures…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Checking the signatures of {name}…</source>
        <translation>Checking the signatures of {name}…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Digital signatures cannot be checked: a part of OfficeDesk is missing; reinstall it.</source>
        <translation>Digital signatures cannot be checked: a part of OfficeDesk is missing; reinstall it.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The signatures could not be checked.</source>
        <translation>The signatures could not be checked.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No signatures: this file carries no digital signature.</source>
        <translation>No signatures: this file carries no digital signature.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>MODIFIED: the file was changed after it was signed ({count} of {total} signatures). Do not rely on its content.</source>
        <translation>MODIFIED: the file was changed after it was signed ({count} of {total} signatures). Do not rely on its content.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All intact: no change since signing. {count} of {total} signers are not confirmed by a trusted root certificate.</source>
        <translation>All intact: no change since signing. {count} of {total} signers are not confirmed by a trusted root certificate.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All intact: no change since signing, every signer confirmed.</source>
        <translation>All intact: no change since signing, every signer confirmed.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Select a signature to read what was found about it.</source>
        <translation>Select a signature to read what was found about it.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>None chosen: no signer can be confirmed, but changes to the file are still found.</source>
        <translation>None chosen: no signer can be confirmed, but changes to the file are still found.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Add trusted root certificates</source>
        <translation>Add trusted root certificates</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pdfsign_verify_dialog.ui" line="+14" />
        <source>Signatures of a PDF – OfficeDesk</source>
        <translation>Signatures of a PDF – OfficeDesk</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signatures of a PDF</source>
        <translation>Signatures of a PDF</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Check the digital signatures</source>
        <translation>Check the digital signatures</translation>
    </message>
    <message>
        <location line="+9" />
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>File checked</source>
        <translation>File checked</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Signature details</source>
        <translation>Signature details</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+12" />
        <source>Trusted root certificates</source>
        <translation>Trusted root certificates</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add a trusted root certificate</source>
        <translation>Add a trusted root certificate</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Remove all</source>
        <translation>&amp;Remove all</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove all trusted root certificates</source>
        <translation>Remove all trusted root certificates</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../../officedesk/gui/units/models.py" line="-159" />
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+0" />
        <source>still in force</source>
        <translation>still in force</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Grace</source>
        <translation>Grace</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Late after {late} minutes; leaving up to {early} minutes early allowed</source>
        <translation>Late after {late} minutes; leaving up to {early} minutes early allowed</translation>
    </message>
    <message>
        <location line="-2" />
        <source>{late} / {early} min</source>
        <translation>{late} / {early} min</translation>
    </message>
</context>
</TS>
