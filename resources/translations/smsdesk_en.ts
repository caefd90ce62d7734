<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AuditTab</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="39" />
            <source>Search actor, action or target…</source>
            <translation>Search actor, action or target…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="43" />
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="173" />
            <source>All actions</source>
            <translation>All actions</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="48" />
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="50" />
            <source>Load more</source>
            <translation>Load more</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="58" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="62" />
            <source>Actor</source>
            <translation>Actor</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="63" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="64" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="65" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="80" />
            <source>From:</source>
            <translation>From:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="82" />
            <source>To:</source>
            <translation>To:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="100" />
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="104" />
            <source>Signed in</source>
            <translation>Signed in</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="105" />
            <source>Sign-in failed</source>
            <translation>Sign-in failed</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="106" />
            <source>Group created</source>
            <translation>Group created</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="107" />
            <source>Group review setting changed</source>
            <translation>Group review setting changed</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="108" />
            <source>User created</source>
            <translation>User created</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="109" />
            <source>User status changed</source>
            <translation>User status changed</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="110" />
            <source>User rights changed</source>
            <translation>User rights changed</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="111" />
            <source>User profile changed</source>
            <translation>User profile changed</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="112" />
            <source>Password changed</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="113" />
            <source>Quota granted to group</source>
            <translation>Quota granted to group</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="114" />
            <source>Quota granted to user</source>
            <translation>Quota granted to user</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="164" />
            <source>%n entries shown</source>
            <translation>
                <numerusform>%n entry shown</numerusform>
                <numerusform>%n entries shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="25" />
            <source>Database connection</source>
            <translation>Database connection</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="26" />
            <source>Use the embedded database on this computer (trial, one seat)</source>
            <translation>Use the embedded database on this computer (trial, one seat)</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="28" />
            <source>server name or address</source>
            <translation>server name or address</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="35" />
            <source>CA certificate file, for verify-ca / verify-full</source>
            <translation>CA certificate file, for verify-ca / verify-full</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="38" />
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="39" />
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="40" />
            <source>Database:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="41" />
            <source>TLS:</source>
            <translation>TLS:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="42" />
            <source>CA certificate:</source>
            <translation>CA certificate:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="81" />
            <source>a server is required</source>
            <translation>a server is required</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/error_dialog.py" line="27" />
            <source>SMS Desk</source>
            <translation>SMS Desk</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/error_dialog.py" line="40" />
            <source>SMS Desk: unexpected error</source>
            <translation>SMS Desk: unexpected error</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/error_dialog.py" line="42" />
            <source>Something unexpected went wrong. Your work so far is kept; the details are in the log file.</source>
            <translation>Something unexpected went wrong. Your work so far is kept; the details are in the log file.</translation>
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="13" />
            <source>Create the first administrator</source>
            <translation>Create the first administrator</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="20" />
            <source>Head office</source>
            <translation>Head office</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="24" />
            <source>Login:</source>
            <translation>Login:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="25" />
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="26" />
            <source>Password again:</source>
            <translation>Password again:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="27" />
            <source>Top-level group:</source>
            <translation>Top-level group:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="42" />
            <source>A login has 1 to 32 characters: lower-case letters, digits, '_', '.' or '-'.</source>
            <translation>A login has 1 to 32 characters: lower-case letters, digits, '_', '.' or '-'.</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="44" />
            <source>A password has at least 8 characters.</source>
            <translation>A password has at least 8 characters.</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="46" />
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="48" />
            <source>A group name has 1 to 100 characters and no '/'.</source>
            <translation>A group name has 1 to 100 characters and no '/'.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="49" />
            <source>SMS Desk: %1</source>
            <translation>SMS Desk: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="78" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="79" />
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="84" />
            <source>&amp;Sign out</source>
            <translation>&amp;Sign out</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="89" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="94" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="95" />
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="111" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="112" />
            <source>&amp;About SMS Desk</source>
            <translation>&amp;About SMS Desk</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="119" />
            <source>embedded database</source>
            <translation>embedded database</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="121" />
            <source>Database: %1 · PostgreSQL %2</source>
            <translation>Database: %1 · PostgreSQL %2</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="125" />
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="125" />
            <source>Reviewer</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="125" />
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="147" />
            <source>Enterprise SMS console</source>
            <translation>Enterprise SMS console</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="148" />
            <source>Application</source>
            <translation>Application</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="161" />
            <source>About SMS Desk</source>
            <translation>About SMS Desk</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="13" />
            <source>A login has 1 to 32 characters: lower-case letters, digits, '_', '.' or '-'.</source>
            <translation>A login has 1 to 32 characters: lower-case letters, digits, '_', '.' or '-'.</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="14" />
            <source>Wrong login or password.</source>
            <translation>Wrong login or password.</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="15" />
            <source>This account is disabled. Ask your administrator.</source>
            <translation>This account is disabled. Ask your administrator.</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="16" />
            <source>Cannot reach the database server. Check the network and the server address.</source>
            <translation>Cannot reach the database server. Check the network and the server address.</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="17" />
            <source>The server has no SMS Desk database by that name.</source>
            <translation>The server has no SMS Desk database by that name.</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="18" />
            <source>The database server does not accept connections from this workstation.</source>
            <translation>The database server does not accept connections from this workstation.</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="20" />
            <source>This database has not been set up for SMS Desk. Ask IT to run 'smsdesk-admin db init'.</source>
            <translation>This database has not been set up for SMS Desk. Ask IT to run 'smsdesk-admin db init'.</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="23" />
            <source>The database is older than this console. Ask IT to run 'smsdesk-admin db upgrade'.</source>
            <translation>The database is older than this console. Ask IT to run 'smsdesk-admin db upgrade'.</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="25" />
            <source>The database was upgraded by a newer SMS Desk. Install the newer console.</source>
            <translation>The database was upgraded by a newer SMS Desk. Install the newer console.</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="26" />
            <source>You are not allowed to do this.</source>
            <translation>You are not allowed to do this.</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="27" />
            <source>It no longer exists; somebody may have removed it.</source>
            <translation>It no longer exists; somebody may have removed it.</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="28" />
            <source>That name is already taken.</source>
            <translation>That name is already taken.</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="29" />
            <source>The input is not valid.</source>
            <translation>The input is not valid.</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="30" />
            <source>Not enough quota.</source>
            <translation>Not enough quota.</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="31" />
            <source>The database reported an error.</source>
            <translation>The database reported an error.</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="36" />
            <source>Something went wrong.</source>
            <translation>Something went wrong.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationTab</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="44" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="44" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="45" />
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="45" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="47" />
            <source>normal</source>
            <translation>normal</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="48" />
            <source>disabled</source>
            <translation>disabled</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="49" />
            <source>deleted</source>
            <translation>deleted</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="53" />
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="54" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="55" />
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="125" />
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="56" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="57" />
            <source>Reviewer</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="58" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="59" />
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="125" />
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="60" />
            <source>Quota</source>
            <translation>Quota</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="61" />
            <source>Used</source>
            <translation>Used</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="63" />
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="80" />
            <source>Filter users by login, name, group…</source>
            <translation>Filter users by login, name, group…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="83" />
            <source>Include sub-groups</source>
            <translation>Include sub-groups</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="108" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="125" />
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="125" />
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="133" />
            <source>Above your group: shown for its path only</source>
            <translation>Above your group: shown for its path only</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="140" />
            <source>review</source>
            <translation>review</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="140" />
            <source>trust</source>
            <translation>trust</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="173" />
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n user</numerusform>
                <numerusform>%n users</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="27" />
            <source>Your account</source>
            <translation>Your account</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="33" />
            <source>Login:</source>
            <translation>Login:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="34" />
            <source>Group:</source>
            <translation>Group:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="35" />
            <source>Type:</source>
            <translation>Type:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="36" />
            <source>Tasks:</source>
            <translation>Tasks:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="38" />
            <source>Quota (segments)</source>
            <translation>Quota (segments)</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="47" />
            <source>Limit:</source>
            <translation>Limit:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="48" />
            <source>Used:</source>
            <translation>Used:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="49" />
            <source>Left:</source>
            <translation>Left:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="54" />
            <source>Group balance to allocate:</source>
            <translation>Group balance to allocate:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="63" />
            <source>Welcome, %1</source>
            <translation>Welcome, %1</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="64" />
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="64" />
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="66" />
            <source>Reviewer</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="69" />
            <source>wait for a reviewer's approval</source>
            <translation>wait for a reviewer's approval</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="69" />
            <source>go out without review</source>
            <translation>go out without review</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="75" />
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="97" />
            <source>%p% used</source>
            <translation>%p% used</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="171" />
            <source>SMS Desk: sign in</source>
            <translation>SMS Desk: sign in</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="172" />
            <source>SMS Desk</source>
            <translation>SMS Desk</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="173" />
            <source>Enterprise SMS console, version %1</source>
            <translation>Enterprise SMS console, version %1</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="174" />
            <source>&amp;Login:</source>
            <translation>&amp;Login:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="176" />
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="178" />
            <source>Database:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="179" />
            <source>Language:</source>
            <translation>Language:</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="180" />
            <source>Remember my login</source>
            <translation>Remember my login</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="181" />
            <source>Remember my password in the system keyring</source>
            <translation>Remember my password in the system keyring</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="183" />
            <source>No system keyring is available on this computer.</source>
            <translation>No system keyring is available on this computer.</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="184" />
            <source>Change…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="185" />
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="186" />
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="187" />
            <source>This local database has no users yet.</source>
            <translation>This local database has no users yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="188" />
            <source>Create administrator…</source>
            <translation>Create administrator…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="189" />
            <source>Try the demo</source>
            <translation>Try the demo</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="199" />
            <source>Embedded database on this computer</source>
            <translation>Embedded database on this computer</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="205" />
            <source>set on the command line</source>
            <translation>set on the command line</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="206" />
            <source>set by SMSDESK_DATABASE_URL</source>
            <translation>set by SMSDESK_DATABASE_URL</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="207" />
            <source>set by IT for this computer</source>
            <translation>set by IT for this computer</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="219" />
            <source>Starting the local database…</source>
            <translation>Starting the local database…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="246" />
            <source>Enter your login and password.</source>
            <translation>Enter your login and password.</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="249" />
            <source>Signing in…</source>
            <translation>Signing in…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="289" />
            <source>Creating the administrator…</source>
            <translation>Creating the administrator…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="315" />
            <source>Preparing the demo organisation…</source>
            <translation>Preparing the demo organisation…</translation>
        </message>
    </context>
</TS>
