<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddNumberDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="93"/>
        <source>Add a number to a blacklist</source>
        <translation>Add a number to a blacklist</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="97"/>
        <source>13800138000, +86 138 0013 8000…</source>
        <translation>13800138000, +86 138 0013 8000…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="102"/>
        <source>For example: complaint, replied T</source>
        <translation>For example: complaint, replied T</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="103"/>
        <source>Blacklist:</source>
        <translation>Blacklist:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="104"/>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="105"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="111"/>
        <source>You administer no user group.</source>
        <translation>You administer no user group.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="113"/>
        <source>Enter the number.</source>
        <translation>Enter the number.</translation>
    </message>
</context>
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="177"/>
        <source> segments</source>
        <translation> segments</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="179"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="182"/>
        <source>Available:</source>
        <translation>Available:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="182"/>
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segment</numerusform>
            <numerusform>%Ln segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="191"/>
        <source>That is more than the %Ln segment(s) available.</source>
        <translation>
            <numerusform>That is more than the %Ln segment available.</numerusform>
            <numerusform>That is more than the %Ln segments available.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="189"/>
        <source>Enter a number of segments greater than 0.</source>
        <translation>Enter a number of segments greater than 0.</translation>
    </message>
</context>
<context>
    <name>ApprovalTexts</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="146"/>
        <source>Nobody decides on their own task or template.</source>
        <translation>Nobody decides on their own task or template.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="148"/>
        <source>This item belongs to a group outside the part of the organisation you review.</source>
        <translation>This item belongs to a group outside the part of the organisation you review.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="150"/>
        <source>This item was already decided (perhaps by another reviewer just now).</source>
        <translation>This item was already decided (perhaps by another reviewer just now).</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="151"/>
        <source>A rejection needs a reason.</source>
        <translation>A rejection needs a reason.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="152"/>
        <source>A reason has at most 500 characters.</source>
        <translation>A reason has at most 500 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="154"/>
        <source>The submitter&apos;s account is disabled or deleted. Reject the task instead.</source>
        <translation>The submitter&apos;s account is disabled or deleted. Reject the task instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="156"/>
        <source>The quota reserved for this task no longer covers it. Reject the task instead.</source>
        <translation>The quota reserved for this task no longer covers it. Reject the task instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="157"/>
        <source>The task&apos;s end time has passed. Reject the task instead.</source>
        <translation>The task&apos;s end time has passed. Reject the task instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="159"/>
        <source>The content contains sensitive words: %1. It cannot be sent; reject the task instead.</source>
        <translation>The content contains sensitive words: %1. It cannot be sent; reject the task instead.</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="772"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="824"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="773"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="826"/>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/badge.py" line="22"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="788"/>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="41"/>
        <source>Search actor, action or target…</source>
        <translation>Search actor, action or target…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="45"/>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="162"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="48"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="50"/>
        <source>Load more</source>
        <translation>Load more</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="58"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="60"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="61"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="62"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="63"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="78"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="80"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="98"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="153"/>
        <source>%Ln entries shown</source>
        <translation>
            <numerusform>%Ln entry shown</numerusform>
            <numerusform>%Ln entries shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlacklistDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="43"/>
        <source>Add to blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="45"/>
        <source>Global blacklist</source>
        <translation type="unfinished">Global blacklist</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="46"/>
        <source>A user group&apos;s blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="47"/>
        <source>A message kind&apos;s blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="65"/>
        <source>For example: the customer complained by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="67"/>
        <source>The numbers of %Ln selected message(s) go on:</source>
        <translation>
            <numerusform>The numbers of %Ln selected message go on:</numerusform>
            <numerusform>The numbers of %Ln selected messages go on:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="77"/>
        <source>Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlacklistSection</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="239"/>
        <source>Number, or its first or last digits…</source>
        <translation>Number, or its first or last digits…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="241"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="243"/>
        <source>Add number…</source>
        <translation>Add number…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="245"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="247"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="249"/>
        <source>Load more</source>
        <translation>Load more</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="257"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="258"/>
        <source>Blacklist</source>
        <translation>Blacklist</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="259"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="260"/>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="261"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="316"/>
        <source>Blacklists</source>
        <translation>Blacklists</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="342"/>
        <source>All blacklists (%1)</source>
        <translation>All blacklists (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="399"/>
        <source>%n number(s) shown</source>
        <translation>
            <numerusform>%n number shown</numerusform>
            <numerusform>%n numbers shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="424"/>
        <source>To remove a number you see masked, search for the whole number first.</source>
        <translation>To remove a number you see masked, search for the whole number first.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="481"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="487"/>
        <source>%1: %Ln row(s) read. %3 numbers added, %4 already listed; %5 invalid and %6 repeated rows left out.</source>
        <translation>
            <numerusform>%1: %Ln row read. %3 numbers added, %4 already listed; %5 invalid and %6 repeated rows left out.</numerusform>
            <numerusform>%1: %Ln rows read. %3 numbers added, %4 already listed; %5 invalid and %6 repeated rows left out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="498"/>
        <source>Row %1: “%2” (%3)</source>
        <translation>Row %1: “%2” (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="512"/>
        <source>Remove %n number(s) from the blacklist?</source>
        <translation>
            <numerusform>Remove %n number from the blacklist?</numerusform>
            <numerusform>Remove %n numbers from the blacklist?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="262"/>
        <source>Source</source>
        <translation type="unfinished">Source</translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="58"/>
        <source>New channel</source>
        <translation>New channel</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="58"/>
        <source>Edit channel</source>
        <translation>Edit channel</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="63"/>
        <source>Address of the gateway, e.g. smsc.example.com</source>
        <translation>Address of the gateway, e.g. smsc.example.com</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="66"/>
        <source>Encrypt the connection (TLS)</source>
        <translation>Encrypt the connection (TLS)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="73"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="73"/>
        <source>Unchanged (never shown again)</source>
        <translation>Unchanged (never shown again)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="83"/>
        <source>Sender number, e.g. 10690001</source>
        <translation>Sender number, e.g. 10690001</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="90"/>
        <source> msg/s</source>
        <translation> msg/s</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="91"/>
        <source>Unlimited</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="94"/>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="95"/>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="100"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="101"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="105"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="107"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="108"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="109"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="111"/>
        <source>System ID:</source>
        <translation>System ID:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="112"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="113"/>
        <source>System type:</source>
        <translation>System type:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="114"/>
        <source>Bind mode:</source>
        <translation>Bind mode:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="115"/>
        <source>Source address:</source>
        <translation>Source address:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="117"/>
        <source>TON</source>
        <translation>TON</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="119"/>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="122"/>
        <source>Source TON/NPI:</source>
        <translation>Source TON/NPI:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="124"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="126"/>
        <source>Rate limit:</source>
        <translation>Rate limit:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="127"/>
        <source>Window (unanswered submits):</source>
        <translation>Window (unanswered submits):</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="128"/>
        <source>Keep-alive (enquire_link) every:</source>
        <translation>Keep-alive (enquire_link) every:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="129"/>
        <source>Submit response timeout:</source>
        <translation>Submit response timeout:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="130"/>
        <source>Receipt message IDs:</source>
        <translation>Receipt message IDs:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="131"/>
        <source>Attempts per message:</source>
        <translation>Attempts per message:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="132"/>
        <source>Wait between attempts:</source>
        <translation>Wait between attempts:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="133"/>
        <source>Wait for a receipt up to:</source>
        <translation>Wait for a receipt up to:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="210"/>
        <source>Enter the password the gateway gave for this account.</source>
        <translation>Enter the password the gateway gave for this account.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="102"/>
        <source>Enabled</source>
        <translation type="unfinished">Enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="103"/>
        <source>Dispatchers bind an enabled channel and send through it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelLabels</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="20"/>
        <source>Not bound</source>
        <translation>Not bound</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="21"/>
        <source>Binding</source>
        <translation>Binding</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="22"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="23"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="24"/>
        <source>Failing</source>
        <translation>Failing</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="25"/>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="33"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="30"/>
        <source>Connection test passed</source>
        <translation>Connection test passed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="31"/>
        <source>Connection test failed</source>
        <translation>Connection test failed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="32"/>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="34"/>
        <source>Down: messages go to the backup channel</source>
        <translation>Down: messages go to the backup channel</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="35"/>
        <source>Failing: messages go to the backup channel</source>
        <translation>Failing: messages go to the backup channel</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="42"/>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="76"/>
        <source>Transceiver (one connection)</source>
        <translation>Transceiver (one connection)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="77"/>
        <source>Transmitter and receiver (two connections)</source>
        <translation>Transmitter and receiver (two connections)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="82"/>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="83"/>
        <source>Same as the submit response</source>
        <translation>Same as the submit response</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="84"/>
        <source>Hexadecimal in responses, decimal in receipts</source>
        <translation>Hexadecimal in responses, decimal in receipts</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="85"/>
        <source>Decimal in responses, hexadecimal in receipts</source>
        <translation>Decimal in responses, hexadecimal in receipts</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="90"/>
        <source>Submit response status</source>
        <translation>Submit response status</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="91"/>
        <source>Dispatcher error</source>
        <translation>Dispatcher error</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="92"/>
        <source>Receipt state (stat)</source>
        <translation>Receipt state (stat)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="93"/>
        <source>Receipt error code (err)</source>
        <translation>Receipt error code (err)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="98"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="99"/>
        <source>Undeliverable</source>
        <translation>Undeliverable</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="100"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="101"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="102"/>
        <source>Unknown subscriber</source>
        <translation>Unknown subscriber</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="103"/>
        <source>Refused: gateway fault (retried)</source>
        <translation>Refused: gateway fault (retried)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="104"/>
        <source>Refused: bad number</source>
        <translation>Refused: bad number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="117"/>
        <source>wrong password</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="118"/>
        <source>unknown system ID</source>
        <translation>unknown system ID</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="119"/>
        <source>the account is already bound</source>
        <translation>the account is already bound</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="120"/>
        <source>bind failed</source>
        <translation>bind failed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="123"/>
        <source>The gateway refused the bind: %1 (%2).</source>
        <translation>The gateway refused the bind: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="125"/>
        <source>The gateway cannot be reached: %1</source>
        <translation>The gateway cannot be reached: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="127"/>
        <source>The gateway did not answer within %1 seconds.</source>
        <translation>The gateway did not answer within %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="135"/>
        <source>No dispatcher is running, so nothing can test the channel. Start the dispatcher (in trial mode the console starts it) and try again.</source>
        <translation>No dispatcher is running, so nothing can test the channel. Start the dispatcher (in trial mode the console starts it) and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="139"/>
        <source>Only administrators of the top-level group change channels.</source>
        <translation>Only administrators of the top-level group change channels.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="142"/>
        <source>A channel needs a name, a host, a port and a system ID.</source>
        <translation>A channel needs a name, a host, a port and a system ID.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="145"/>
        <source>SMPP 3.4 allows a system ID of at most 15 characters and a password of at most 8.</source>
        <translation>SMPP 3.4 allows a system ID of at most 15 characters and a password of at most 8.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="147"/>
        <source>A channel cannot be its own backup.</source>
        <translation>A channel cannot be its own backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="148"/>
        <source>The backup channel no longer exists.</source>
        <translation>The backup channel no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="149"/>
        <source>A priority is a whole number from 0 to 100000.</source>
        <translation>A priority is a whole number from 0 to 100000.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="150"/>
        <source>A carrier name has at most 32 characters.</source>
        <translation>A carrier name has at most 32 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="151"/>
        <source>The channel no longer exists; somebody may have removed it.</source>
        <translation>The channel no longer exists; somebody may have removed it.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="152"/>
        <source>Enter the code the gateway reports.</source>
        <translation>Enter the code the gateway reports.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="160"/>
        <source>A value is out of range. Check the numbers and try again.</source>
        <translation>A value is out of range. Check the numbers and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="162"/>
        <source>A channel by that name already exists.</source>
        <translation>A channel by that name already exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="49"/>
        <source>bound</source>
        <translation>bound</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="50"/>
        <source>working again</source>
        <translation>working again</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="51"/>
        <source>taken by a dispatcher</source>
        <translation>taken by a dispatcher</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="52"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="53"/>
        <source>its dispatcher stopped</source>
        <translation>its dispatcher stopped</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="54"/>
        <source>given up by its dispatcher</source>
        <translation>given up by its dispatcher</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="55"/>
        <source>settings changed: binding again</source>
        <translation>settings changed: binding again</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="60"/>
        <source>not bound for %1 s</source>
        <translation>not bound for %1 s</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="61"/>
        <source>no answer to submits for %1 s</source>
        <translation>no answer to submits for %1 s</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="62"/>
        <source>%1 of %2 submits failed in %3 s</source>
        <translation>%1 of %2 submits failed in %3 s</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="63"/>
        <source>taken over from dispatcher %1</source>
        <translation>taken over from dispatcher %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="64"/>
        <source>dispatcher %1 stopped answering</source>
        <translation>dispatcher %1 stopped answering</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="111"/>
        <source>two connections</source>
        <translation>two connections</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="111"/>
        <source>one connection</source>
        <translation>one connection</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="112"/>
        <source>Bound in %1 ms (%2), then unbound.</source>
        <translation>Bound in %1 ms (%2), then unbound.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="158"/>
        <source>A channel name has 1 to 64 characters.</source>
        <translation>A channel name has 1 to 64 characters.</translation>
    </message>
</context>
<context>
    <name>ChannelsPanel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="723"/>
        <source>Channel states are shown to administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="715"/>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="732"/>
        <source>Template approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="715"/>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="732"/>
        <source>Template rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="742"/>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="754"/>
        <source>Failure rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="760"/>
        <source>Time</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="760"/>
        <source>Channel</source>
        <translation type="unfinished">Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="760"/>
        <source>Event</source>
        <translation type="unfinished">Event</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="765"/>
        <source>Template approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="766"/>
        <source>Template rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="772"/>
        <source>Failure rate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="56"/>
        <source>New channel…</source>
        <translation>New channel…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="58"/>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="149"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="60"/>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="270"/>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="62"/>
        <source>Routes…</source>
        <translation>Routes…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="64"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="66"/>
        <source>Gateway simulator…</source>
        <translation>Gateway simulator…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="69"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="70"/>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="323"/>
        <source>Waiting in the queue: %1</source>
        <translation>Waiting in the queue: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="81"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="82"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="83"/>
        <source>Bound by</source>
        <translation>Bound by</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="84"/>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="85"/>
        <source>(silent)</source>
        <translation>(silent)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="86"/>
        <source>Rate now</source>
        <translation>Rate now</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="86"/>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="93"/>
        <source>%1 msg/s</source>
        <translation>%1 msg/s</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="88"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="91"/>
        <source>Holding</source>
        <translation>Holding</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="92"/>
        <source>Rate limit</source>
        <translation>Rate limit</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="92"/>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="94"/>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="95"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="96"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="97"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="112"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="113"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="114"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="115"/>
        <source>Dispatcher</source>
        <translation>Dispatcher</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="116"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="130"/>
        <source>Applies to</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="131"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="132"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="133"/>
        <source>Counts as</source>
        <translation>Counts as</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="135"/>
        <source>Retried</source>
        <translation>Retried</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="135"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="136"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="147"/>
        <source>Add code…</source>
        <translation>Add code…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="151"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="171"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="172"/>
        <source>Failure codes</source>
        <translation>Failure codes</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="218"/>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="372"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="233"/>
        <source>no route: carries nothing</source>
        <translation>no route: carries nothing</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="237"/>
        <source>every carrier</source>
        <translation>every carrier</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="238"/>
        <source>every kind</source>
        <translation>every kind</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="239"/>
        <source>priority %1</source>
        <translation>priority %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="242"/>
        <source>backup: %1</source>
        <translation>backup: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="247"/>
        <source>Every channel</source>
        <translation>Every channel</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="269"/>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="322"/>
        <source>%1 or more</source>
        <translation>%1 or more</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="325"/>
        <source>You can see the channels. Only administrators of the top-level group change them.</source>
        <translation>You can see the channels. Only administrators of the top-level group change them.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="349"/>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="439"/>
        <source>Delete failure code</source>
        <translation>Delete failure code</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="440"/>
        <source>Delete the mapping of %1 for %2? Messages with this code then count as the default says.</source>
        <translation>Delete the mapping of %1 for %2? Messages with this code then count as the default says.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="464"/>
        <source>Testing %1: asking a dispatcher to bind and unbind…</source>
        <translation>Testing %1: asking a dispatcher to bind and unbind…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="494"/>
        <source>No dispatcher answered within %1 seconds. A dispatcher of an older version does not test connections; otherwise it may be busy or stopping.</source>
        <translation>No dispatcher answered within %1 seconds. A dispatcher of an older version does not test connections; otherwise it may be busy or stopping.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="498"/>
        <source>Testing %1: %2 is binding…</source>
        <translation>Testing %1: %2 is binding…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="506"/>
        <source>Connection test of %1</source>
        <translation>Connection test of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="507"/>
        <source>Tested by dispatcher %1.</source>
        <translation>Tested by dispatcher %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="509"/>
        <source>The channel works.</source>
        <translation>The channel works.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="509"/>
        <source>The channel does not work.</source>
        <translation>The channel does not work.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="236"/>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ChartLabels</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="29"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="30"/>
        <source>Peak hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="31"/>
        <source>Success and failure rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="32"/>
        <source>Delivery time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="33"/>
        <source>Failure causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="34"/>
        <source>By kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="35"/>
        <source>By template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="36"/>
        <source>Marketing conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="37"/>
        <source>Channel status and failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="41"/>
        <source>(no kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="44"/>
        <source>Unknown carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="56"/>
        <source>Deleted channel #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="54"/>
        <source>No channel (not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="60"/>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="62"/>
        <source>Template #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="66"/>
        <source>Not in these rates: %1 messages sent to no channel (pending or failed before submit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="71"/>
        <source>Delivered</source>
        <translation type="unfinished">Delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="72"/>
        <source>Failed</source>
        <translation type="unfinished">Failed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="73"/>
        <source>Pending</source>
        <translation type="unfinished">Pending</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="74"/>
        <source>Cancelled</source>
        <translation type="unfinished">Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="79"/>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="80"/>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="81"/>
        <source>Up</source>
        <translation type="unfinished">Up</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="82"/>
        <source>Down</source>
        <translation type="unfinished">Down</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="83"/>
        <source>Failing</source>
        <translation type="unfinished">Failing</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="84"/>
        <source>Disabled</source>
        <translation type="unfinished">Disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="89"/>
        <source>Compare: automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="90"/>
        <source>No comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="91"/>
        <source>Day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="92"/>
        <source>Week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="93"/>
        <source>Month before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="94"/>
        <source>Year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="98"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="98"/>
        <source>Per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="98"/>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="99"/>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="102"/>
        <source>Per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="102"/>
        <source>Per carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="102"/>
        <source>Per kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="103"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="107"/>
        <source>Channel</source>
        <translation type="unfinished">Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="107"/>
        <source>Carrier</source>
        <translation type="unfinished">Carrier</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="107"/>
        <source>Kind</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="127"/>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="129"/>
        <source>≥ %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="131"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="132"/>
        <source>%1 s</source>
        <translation type="unfinished">%1 s</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="225"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="227"/>
        <source>Show the figures as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="231"/>
        <source>Export</source>
        <translation type="unfinished">Export</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="234"/>
        <source>Picture (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="234"/>
        <source>Data (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="235"/>
        <source>Data (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="320"/>
        <source>No messages in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="397"/>
        <source>This chart could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="471"/>
        <source>Click to see these messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="502"/>
        <source>PNG picture (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="502"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="503"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="505"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckResults</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="42"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="47"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="48"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="50"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="52"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="53"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="54"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="55"/>
        <source>Blacklists</source>
        <translation>Blacklists</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="57"/>
        <source>Live status</source>
        <translation>Live status</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="59"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="80"/>
        <source>Name contains…</source>
        <translation>Name contains…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="89"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="93"/>
        <source>Stop the check</source>
        <translation>Stop the check</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="96"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="100"/>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="112"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="102"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="104"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="113"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="114"/>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="115"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="116"/>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="117"/>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="168"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="118"/>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="120"/>
        <source>Waiting for status</source>
        <translation>Waiting for status</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="122"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="123"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="142"/>
        <source>Choose a check above to see its results.</source>
        <translation>Choose a check above to see its results.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="155"/>
        <source>By status</source>
        <translation>By status</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="155"/>
        <source>By carrier</source>
        <translation>By carrier</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="155"/>
        <source>By region</source>
        <translation>By region</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="158"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="167"/>
        <source>All numbers</source>
        <translation>All numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="169"/>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="170"/>
        <source>Blacklisted</source>
        <translation>Blacklisted</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="175"/>
        <source>Any carrier</source>
        <translation>Any carrier</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="180"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="185"/>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="346"/>
        <source>Any region</source>
        <translation>Any region</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="188"/>
        <source>Number contains…</source>
        <translation>Number contains…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="192"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="195"/>
        <source>Show more</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="214"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="283"/>
        <source>%1 — %2, %Ln number(s)</source>
        <translation>
            <numerusform>%1 — %2, %Ln number</numerusform>
            <numerusform>%1 — %2, %Ln numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="428"/>
        <source>Exported: %Ln row(s)</source>
        <translation>
            <numerusform>Exported: %Ln row</numerusform>
            <numerusform>Exported: %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="453"/>
        <source>Delete %Ln check(s) and their results?</source>
        <translation>
            <numerusform>Delete %Ln check and their results?</numerusform>
            <numerusform>Delete %Ln checks and their results?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="323"/>
        <source>Valid: %1</source>
        <translation>Valid: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="324"/>
        <source>Invalid: %1</source>
        <translation>Invalid: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="325"/>
        <source>Blacklisted: %1</source>
        <translation>Blacklisted: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="328"/>
        <source>Duplicates: %1</source>
        <translation>Duplicates: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="333"/>
        <source>Live status: %1</source>
        <translation>Live status: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="340"/>
        <source>Carriers: %1</source>
        <translation>Carriers: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="368"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="371"/>
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="403"/>
        <source>Shown: %1</source>
        <translation>Shown: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="404"/>
        <source> (more below)</source>
        <translation> (more below)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="417"/>
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="419"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="452"/>
        <source>Delete checks</source>
        <translation>Delete checks</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="473"/>
        <source>Number check</source>
        <translation>Number check</translation>
    </message>
</context>
<context>
    <name>ClosingWindow</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/closing_window.py" line="15"/>
        <source>SMS Desk</source>
        <translation type="unfinished">SMS Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/closing_window.py" line="16"/>
        <source>Closing SMS Desk…</source>
        <translation>Closing SMS Desk…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/closing_window.py" line="22"/>
        <source>Stopping the local database. Your work is saved.</source>
        <translation>Stopping the local database. Your work is saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/closing_window.py" line="24"/>
        <source>Closing the connection to the database. Your work is saved.</source>
        <translation>Closing the connection to the database. Your work is saved.</translation>
    </message>
</context>
<context>
    <name>CodeLabels</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="53"/>
        <source>empty</source>
        <translation type="unfinished">empty</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="54"/>
        <source>not a number</source>
        <translation type="unfinished">not a number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="55"/>
        <source>letters or symbols</source>
        <translation type="unfinished">letters or symbols</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="56"/>
        <source>rounded by Excel (1.38E+10)</source>
        <translation type="unfinished">rounded by Excel (1.38E+10)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="57"/>
        <source>too short</source>
        <translation type="unfinished">too short</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="58"/>
        <source>too long</source>
        <translation type="unfinished">too long</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="59"/>
        <source>no such mobile prefix</source>
        <translation type="unfinished">no such mobile prefix</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="60"/>
        <source>unknown country code</source>
        <translation type="unfinished">unknown country code</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="61"/>
        <source>no such number</source>
        <translation type="unfinished">no such number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="62"/>
        <source>not a mobile number</source>
        <translation type="unfinished">not a mobile number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="63"/>
        <source>repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="64"/>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="187"/>
        <source>blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="65"/>
        <source>on the global blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="66"/>
        <source>on the group&apos;s blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="67"/>
        <source>on the blacklist of this message kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="74"/>
        <source>Opt-out reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="75"/>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="77"/>
        <source>Added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="76"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="84"/>
        <source>The recipient replied to unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="91"/>
        <source>Preview</source>
        <translation type="unfinished">Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="92"/>
        <source>Awaiting review</source>
        <translation type="unfinished">Awaiting review</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="93"/>
        <source>Rejected</source>
        <translation type="unfinished">Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="94"/>
        <source>Scheduled</source>
        <translation type="unfinished">Scheduled</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="95"/>
        <source>Queued</source>
        <translation type="unfinished">Queued</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="96"/>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="105"/>
        <source>Sending</source>
        <translation type="unfinished">Sending</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="97"/>
        <source>Finished</source>
        <translation type="unfinished">Finished</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="98"/>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="110"/>
        <source>Cancelled</source>
        <translation type="unfinished">Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="99"/>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="109"/>
        <source>Expired</source>
        <translation type="unfinished">Expired</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="104"/>
        <source>Waiting</source>
        <translation type="unfinished">Waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="106"/>
        <source>Submitted</source>
        <translation type="unfinished">Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="107"/>
        <source>Delivered</source>
        <translation type="unfinished">Delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="108"/>
        <source>Failed</source>
        <translation type="unfinished">Failed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="117"/>
        <source>Timed out</source>
        <translation type="unfinished">Timed out</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="118"/>
        <source>Content blocked</source>
        <translation type="unfinished">Content blocked</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="119"/>
        <source>Invalid number</source>
        <translation type="unfinished">Invalid number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="120"/>
        <source>Blacklisted</source>
        <translation type="unfinished">Blacklisted</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="121"/>
        <source>Quota</source>
        <translation type="unfinished">Quota</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="122"/>
        <source>Gateway error</source>
        <translation type="unfinished">Gateway error</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="123"/>
        <source>Other</source>
        <translation type="unfinished">Other</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="128"/>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="129"/>
        <source>expired at the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="130"/>
        <source>deleted by the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="131"/>
        <source>undeliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="132"/>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="158"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="133"/>
        <source>state unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="134"/>
        <source>rejected by the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="135"/>
        <source>on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="140"/>
        <source>no error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="141"/>
        <source>unknown subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="142"/>
        <source>unidentified subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="143"/>
        <source>absent subscriber (no answer to paging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="144"/>
        <source>illegal subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="145"/>
        <source>service not provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="146"/>
        <source>illegal equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="147"/>
        <source>call barred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="148"/>
        <source>facility not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="149"/>
        <source>phone off or out of coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="150"/>
        <source>subscriber busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="151"/>
        <source>delivery failure at the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="152"/>
        <source>carrier system failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="153"/>
        <source>memory full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="159"/>
        <source>message length refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="160"/>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="161"/>
        <source>malformed request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="162"/>
        <source>not signed in to the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="163"/>
        <source>the account is already bound</source>
        <translation type="unfinished">the account is already bound</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="164"/>
        <source>gateway system error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="165"/>
        <source>sender number refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="166"/>
        <source>recipient number refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="167"/>
        <source>unknown message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="168"/>
        <source>bind failed</source>
        <translation type="unfinished">bind failed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="169"/>
        <source>wrong password</source>
        <translation type="unfinished">wrong password</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="170"/>
        <source>unknown system ID</source>
        <translation type="unfinished">unknown system ID</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="171"/>
        <source>gateway queue full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="172"/>
        <source>submit failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="173"/>
        <source>sending too fast for the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="174"/>
        <source>send time refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="175"/>
        <source>validity period refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="176"/>
        <source>temporarily refused by the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="177"/>
        <source>permanently refused by the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="178"/>
        <source>refused by the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="179"/>
        <source>encoding refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="180"/>
        <source>unknown gateway error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="185"/>
        <source>no delivery receipt in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="186"/>
        <source>the gateway did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="188"/>
        <source>content blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="189"/>
        <source>not enough quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="190"/>
        <source>not sent before the task&apos;s end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="207"/>
        <source>Other gateway code (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="213"/>
        <source>Signed in</source>
        <translation type="unfinished">Signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="214"/>
        <source>Sign-in failed</source>
        <translation type="unfinished">Sign-in failed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="215"/>
        <source>Many failed sign-ins from one computer (summary)</source>
        <translation type="unfinished">Many failed sign-ins from one computer (summary)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="216"/>
        <source>Password changed outside SMS Desk</source>
        <translation type="unfinished">Password changed outside SMS Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="217"/>
        <source>Task details exported</source>
        <translation type="unfinished">Task details exported</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="218"/>
        <source>Task submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="219"/>
        <source>Task approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="220"/>
        <source>Task rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="221"/>
        <source>Task cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="222"/>
        <source>Quota reserved for a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="223"/>
        <source>Group created</source>
        <translation type="unfinished">Group created</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="224"/>
        <source>Group review setting changed</source>
        <translation type="unfinished">Group review setting changed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="225"/>
        <source>Group renamed</source>
        <translation type="unfinished">Group renamed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="226"/>
        <source>Group moved</source>
        <translation type="unfinished">Group moved</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="227"/>
        <source>Group deleted</source>
        <translation type="unfinished">Group deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="228"/>
        <source>User created</source>
        <translation type="unfinished">User created</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="229"/>
        <source>User status changed</source>
        <translation type="unfinished">User status changed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="230"/>
        <source>User rights changed</source>
        <translation type="unfinished">User rights changed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="231"/>
        <source>User profile changed</source>
        <translation type="unfinished">User profile changed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="232"/>
        <source>Password changed</source>
        <translation type="unfinished">Password changed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="233"/>
        <source>User deleted</source>
        <translation type="unfinished">User deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="234"/>
        <source>User restored</source>
        <translation type="unfinished">User restored</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="235"/>
        <source>User moved to another group</source>
        <translation type="unfinished">User moved to another group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="236"/>
        <source>Right to see full numbers changed</source>
        <translation type="unfinished">Right to see full numbers changed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="237"/>
        <source>User list exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="238"/>
        <source>Quota granted to group</source>
        <translation type="unfinished">Quota granted to group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="239"/>
        <source>Quota granted to user</source>
        <translation type="unfinished">Quota granted to user</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="240"/>
        <source>Quota taken back from user</source>
        <translation type="unfinished">Quota taken back from user</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="241"/>
        <source>Quota given back by group</source>
        <translation type="unfinished">Quota given back by group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="242"/>
        <source>Contacts imported</source>
        <translation type="unfinished">Contacts imported</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="243"/>
        <source>Contacts exported</source>
        <translation type="unfinished">Contacts exported</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="244"/>
        <source>Contact group deleted</source>
        <translation type="unfinished">Contact group deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="245"/>
        <source>Channel added</source>
        <translation type="unfinished">Channel added</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="246"/>
        <source>Channel changed</source>
        <translation type="unfinished">Channel changed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="247"/>
        <source>Channel routes changed</source>
        <translation type="unfinished">Channel routes changed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="248"/>
        <source>Failure code mapped</source>
        <translation type="unfinished">Failure code mapped</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="249"/>
        <source>Failure code mapping deleted</source>
        <translation type="unfinished">Failure code mapping deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="250"/>
        <source>Channel connection tested</source>
        <translation type="unfinished">Channel connection tested</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="251"/>
        <source>Installation setting changed</source>
        <translation type="unfinished">Installation setting changed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="252"/>
        <source>Default signature chosen</source>
        <translation type="unfinished">Default signature chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="253"/>
        <source>Signature added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="254"/>
        <source>Signature changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="255"/>
        <source>Signature deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="256"/>
        <source>Number added to a blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="257"/>
        <source>Numbers imported into a blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="258"/>
        <source>Numbers removed from a blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="259"/>
        <source>Recipients unsubscribed by reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="260"/>
        <source>Sensitive word added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="261"/>
        <source>Sensitive words imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="262"/>
        <source>Sensitive words deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="263"/>
        <source>Phrase added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="264"/>
        <source>Phrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="265"/>
        <source>Phrase deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="266"/>
        <source>Phrase group added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="267"/>
        <source>Phrase group renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="268"/>
        <source>Phrase group deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="269"/>
        <source>Template added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="270"/>
        <source>Template changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="271"/>
        <source>Template deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="272"/>
        <source>Template approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="273"/>
        <source>Template rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="274"/>
        <source>Dispatcher account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="275"/>
        <source>Dispatcher password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="276"/>
        <source>Dispatcher started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="277"/>
        <source>Dispatcher stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="278"/>
        <source>Sign-in gate password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="279"/>
        <source>Old records purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="280"/>
        <source>Price changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="281"/>
        <source>Price removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="282"/>
        <source>Report figures rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="283"/>
        <source>Complaining number blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="284"/>
        <source>Reply deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="285"/>
        <source>Number check started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="286"/>
        <source>Number check cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="287"/>
        <source>Number check deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="288"/>
        <source>Number check provider changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="293"/>
        <source>Reported by a console: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="306"/>
        <source>Dispatcher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="308"/>
        <source>Dispatcher</source>
        <translation type="unfinished">Dispatcher</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="310"/>
        <source>Sign-in gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="311"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="315"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="316"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="317"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="318"/>
        <source>limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="319"/>
        <source>balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="320"/>
        <source>recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="321"/>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="322"/>
        <source>segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="323"/>
        <source>sensitive words masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="324"/>
        <source>messages refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="325"/>
        <source>send at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="326"/>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="327"/>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="328"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="329"/>
        <source>already listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="330"/>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="331"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="332"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="333"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="334"/>
        <source>enabled</source>
        <translation type="unfinished">enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="335"/>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="336"/>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="337"/>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="338"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="339"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="340"/>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="341"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="342"/>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="343"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="344"/>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="345"/>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="346"/>
        <source>computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="347"/>
        <source>program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="348"/>
        <source>task no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="349"/>
        <source>check no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="350"/>
        <source>blacklisted numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="351"/>
        <source>numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="352"/>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="353"/>
        <source>template no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="354"/>
        <source>owner no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="355"/>
        <source>batch no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="356"/>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="357"/>
        <source>full numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="358"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="359"/>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="360"/>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="361"/>
        <source>from</source>
        <translation type="unfinished">from</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="362"/>
        <source>to</source>
        <translation type="unfinished">to</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="363"/>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="364"/>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="365"/>
        <source>deleted</source>
        <translation type="unfinished">deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="366"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="386"/>
        <source>yes</source>
        <translation type="unfinished">yes</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="386"/>
        <source>no</source>
        <translation type="unfinished">no</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="400"/>
        <source>global blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="423"/>
        <source>Use TLS when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="424"/>
        <source>Always use TLS (certificate not checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="425"/>
        <source>TLS with the server&apos;s certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="426"/>
        <source>TLS with the certificate and server name checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="427"/>
        <source>No TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="428"/>
        <source>TLS only when the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="432"/>
        <source>Other (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonLabels</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/common_labels.py" line="16"/>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/common_labels.py" line="17"/>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/common_labels.py" line="18"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/common_labels.py" line="19"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/common_labels.py" line="27"/>
        <source>China Mobile</source>
        <translation>China Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/common_labels.py" line="28"/>
        <source>China Unicom</source>
        <translation>China Unicom</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/common_labels.py" line="29"/>
        <source>China Telecom</source>
        <translation>China Telecom</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/common_labels.py" line="30"/>
        <source>China Broadnet</source>
        <translation>China Broadnet</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="112"/>
        <source>Complaint handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="120"/>
        <source>Add numbers to blacklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="123"/>
        <source>Select the messages whose numbers should no longer receive SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="128"/>
        <source>Administrators put numbers on blacklists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="165"/>
        <source>%Ln number(s) added to the blacklist; %2 were on it already.</source>
        <translation>
            <numerusform>%Ln number added to the blacklist; %2 were on it already.</numerusform>
            <numerusform>%Ln numbers added to the blacklist; %2 were on it already.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="185"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="281"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="650"/>
        <source>(no signature)</source>
        <translation>(no signature)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="284"/>
        <source>Message text. Ctrl+Enter previews.</source>
        <translation>Message text. Ctrl+Enter previews.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="292"/>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="294"/>
        <source>Send at</source>
        <translation>Send at</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="312"/>
        <source>Task name</source>
        <translation>Task name</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="313"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="314"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="315"/>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="318"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="319"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="324"/>
        <source>Phrases</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="331"/>
        <source>Type or paste numbers, separated by commas, spaces, semicolons or lines</source>
        <translation>Type or paste numbers, separated by commas, spaces, semicolons or lines</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="352"/>
        <source>No file</source>
        <translation>No file</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="353"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="339"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="356"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="383"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="389"/>
        <source>Phone column</source>
        <translation>Phone column</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="394"/>
        <source>Add contact group…</source>
        <translation>Add contact group…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="397"/>
        <source>Clear address-book picks</source>
        <translation>Clear address-book picks</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="409"/>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="412"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1290"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="415"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1290"/>
        <source>Address book</source>
        <translation>Address book</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="417"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="497"/>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="420"/>
        <source>Preview (Ctrl+Enter)</source>
        <translation>Preview (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="424"/>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="479"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="480"/>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="481"/>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="482"/>
        <source>Blacklisted</source>
        <translation>Blacklisted</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="489"/>
        <source>View / save…</source>
        <translation>View / save…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="504"/>
        <source>Message and cost</source>
        <translation>Message and cost</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="535"/>
        <source>Sample messages</source>
        <translation>Sample messages</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="597"/>
        <source>Compose another task</source>
        <translation>Compose another task</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="923"/>
        <source>Marketing messages end with “%1” (counted above).</source>
        <translation>Marketing messages end with “%1” (counted above).</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="933"/>
        <source>Choose a file of numbers</source>
        <translation>Choose a file of numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="933"/>
        <source>Tables (%1)</source>
        <translation>Tables (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="959"/>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1020"/>
        <source>Send to a contact group</source>
        <translation>Send to a contact group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1045"/>
        <source>groups (with sub-groups): %1</source>
        <translation>groups (with sub-groups): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1046"/>
        <source>Nothing picked from the address book</source>
        <translation>Nothing picked from the address book</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1065"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1073"/>
        <source>Add recipients first: type numbers, choose a file or pick from the address book.</source>
        <translation>Add recipients first: type numbers, choose a file or pick from the address book.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1077"/>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1109"/>
        <source>Preview of “%1”</source>
        <translation>Preview of “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1121"/>
        <source>Characters</source>
        <translation>Characters</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="365"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1122"/>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1123"/>
        <source>Segments per message</source>
        <translation>Segments per message</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1124"/>
        <source>Segments in total</source>
        <translation>Segments in total</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1125"/>
        <source>Estimated cost</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1126"/>
        <source>Quota left</source>
        <translation>Quota left</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1127"/>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1240"/>
        <source>The send time is in the past. Choose a later time or send now.</source>
        <translation>The send time is in the past. Choose a later time or send now.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1242"/>
        <source>No valid recipient is left.</source>
        <translation>No valid recipient is left.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1244"/>
        <source>The content is longer than the %1 characters allowed for this kind.</source>
        <translation>The content is longer than the %1 characters allowed for this kind.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1246"/>
        <source>The message has no content.</source>
        <translation>The message has no content.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1248"/>
        <source>The signature cannot be used.</source>
        <translation>The signature cannot be used.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1252"/>
        <source>A task name has at most 200 characters.</source>
        <translation>A task name has at most 200 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1258"/>
        <source>Marketing messages are sent only in the allowed hours: this task waits until %1.</source>
        <translation>Marketing messages are sent only in the allowed hours: this task waits until %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1262"/>
        <source>Sensitive words will be replaced by *: %1</source>
        <translation>Sensitive words will be replaced by *: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1264"/>
        <source>Your tasks need approval: this one will wait for a reviewer.</source>
        <translation>Your tasks need approval: this one will wait for a reviewer.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1272"/>
        <source>Valid numbers</source>
        <translation>Valid numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1273"/>
        <source>Invalid numbers</source>
        <translation>Invalid numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1274"/>
        <source>Duplicate numbers</source>
        <translation>Duplicate numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1275"/>
        <source>Blacklisted numbers</source>
        <translation>Blacklisted numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1353"/>
        <source>Submitting…</source>
        <translation>Submitting…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1394"/>
        <source>queued for sending</source>
        <translation>queued for sending</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1395"/>
        <source>scheduled</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1396"/>
        <source>waiting for approval</source>
        <translation>waiting for approval</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1402"/>
        <source>Task %1 is %2.</source>
        <translation>Task %1 is %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="336"/>
        <source>View…</source>
        <translation>View…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="725"/>
        <source>The draft could not be saved: %1</source>
        <translation>The draft could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="745"/>
        <source>The draft could not be read: %1</source>
        <translation>The draft could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="836"/>
        <source>Pasted list: counting the numbers…</source>
        <translation>Pasted list: counting the numbers…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="862"/>
        <source>Pasted numbers</source>
        <translation>Pasted numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1363"/>
        <source>The connection to the database was lost while submitting. The task is submitted again as soon as the database can be reached; it is queued once, never twice.</source>
        <translation>The connection to the database was lost while submitting. The task is submitted again as soon as the database can be reached; it is queued once, never twice.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1250"/>
        <source>The content holds sensitive words and cannot be sent: %1</source>
        <translation>The content holds sensitive words and cannot be sent: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="516"/>
        <source>Send the replaced text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="519"/>
        <source>Edit the words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="526"/>
        <source>As it will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="552"/>
        <source>Back to edit (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="555"/>
        <source>Confirm and submit (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="594"/>
        <source>View task</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="789"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="812"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="984"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="854"/>
        <source>Pasted list: %Ln number(s) (not shown in the box above)</source>
        <translation>
            <numerusform>Pasted list: %Ln number (not shown in the box above)</numerusform>
            <numerusform>Pasted list: %Ln numbers (not shown in the box above)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="908"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="910"/>
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segment</numerusform>
            <numerusform>%Ln segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="912"/>
        <source>%Ln or more recipient(s)</source>
        <translation>
            <numerusform>%Ln or more recipients</numerusform>
            <numerusform>%Ln or more recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="913"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1408"/>
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="914"/>
        <source>estimated cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="918"/>
        <source>over the limit of %Ln character(s)</source>
        <translation>
            <numerusform>over the limit of %Ln character</numerusform>
            <numerusform>over the limit of %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1042"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1097"/>
        <source>Not enough quota: %Ln segment(s) short. Nothing was submitted.</source>
        <translation>
            <numerusform>Not enough quota: %Ln segment short. Nothing was submitted.</numerusform>
            <numerusform>Not enough quota: %Ln segments short. Nothing was submitted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1229"/>
        <source>%Ln segment(s) needed</source>
        <translation>
            <numerusform>%Ln segment needed</numerusform>
            <numerusform>%Ln segments needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1230"/>
        <source>%Ln left</source>
        <comment>segments</comment>
        <translation>
            <numerusform>%Ln left</numerusform>
            <numerusform>%Ln left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1232"/>
        <source>Not enough quota: %1, %2, %3. Ask an administrator of %4 to top up your quota, or send to fewer recipients.</source>
        <translation>Not enough quota: %1, %2, %3. Ask an administrator of %4 to top up your quota, or send to fewer recipients.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1236"/>
        <source>%Ln short</source>
        <comment>segments</comment>
        <translation>
            <numerusform>%Ln short</numerusform>
            <numerusform>%Ln short</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1253"/>
        <source>The task cannot be submitted as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1277"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1283"/>
        <source>Times given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1290"/>
        <source>Typed</source>
        <translation>Typed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1299"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1299"/>
        <source>Row</source>
        <translation type="unfinished">Row</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1299"/>
        <source>As given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1299"/>
        <source>Reason</source>
        <translation type="unfinished">Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1305"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1334"/>
        <source>Blacklist</source>
        <translation type="unfinished">Blacklist</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1311"/>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1316"/>
        <source>empty</source>
        <translation type="unfinished">empty</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1317"/>
        <source>not a number</source>
        <translation type="unfinished">not a number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1318"/>
        <source>letters or symbols</source>
        <translation type="unfinished">letters or symbols</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1319"/>
        <source>rounded by Excel (1.38E+10)</source>
        <translation type="unfinished">rounded by Excel (1.38E+10)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1320"/>
        <source>too short</source>
        <translation type="unfinished">too short</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1321"/>
        <source>too long</source>
        <translation type="unfinished">too long</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1322"/>
        <source>no such mobile prefix</source>
        <translation type="unfinished">no such mobile prefix</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1323"/>
        <source>unknown country code</source>
        <translation type="unfinished">unknown country code</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1324"/>
        <source>no such number</source>
        <translation type="unfinished">no such number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1325"/>
        <source>not a mobile number</source>
        <translation type="unfinished">not a mobile number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1326"/>
        <source>the contact has no mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1327"/>
        <source>not a valid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1331"/>
        <source>Global blacklist</source>
        <translation>Global blacklist</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1332"/>
        <source>Blacklist of this message kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1333"/>
        <source>Blacklist of your group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1404"/>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1409"/>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1410"/>
        <source>%Ln segment(s) reserved from your quota.</source>
        <translation>
            <numerusform>%Ln segment reserved from your quota.</numerusform>
            <numerusform>%Ln segments reserved from your quota.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1177"/>
        <source>No sensitive words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1181"/>
        <source>Sensitive words are refused by this installation: %1. Edit them to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1188"/>
        <source>Sensitive words found: %1. They go out replaced by *, as marked above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1204"/>
        <source>Tick “Send the replaced text” or edit the words first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1237"/>
        <source>your group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="34"/>
        <source>Database connection</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="38"/>
        <source>Use the embedded database on this computer (trial, one seat)</source>
        <translation>Use the embedded database on this computer (trial, one seat)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="42"/>
        <source>server name or address</source>
        <translation>server name or address</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="63"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="64"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="65"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="66"/>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="67"/>
        <source>CA certificate:</source>
        <translation>CA certificate:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="53"/>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="54"/>
        <source>Needed when the server&apos;s certificate is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="55"/>
        <source>Test connection</source>
        <translation type="unfinished">Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="131"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="141"/>
        <source>Connected: the server holds an SMS Desk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="142"/>
        <source>The server answers, but has no SMS Desk database by that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="143"/>
        <source>Cannot reach the server. Check the address, the port and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="152"/>
        <source>Enter the server&apos;s name or address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="52"/>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="52"/>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="77"/>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="78"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="79"/>
        <source>Mobile:</source>
        <translation>Mobile:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="81"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="82"/>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="83"/>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="95"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="96"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="117"/>
        <source>Shown masked. Type a new number to replace it, or leave it as it is.</source>
        <translation>Shown masked. Type a new number to replace it, or leave it as it is.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="126"/>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="152"/>
        <source>Not a valid mobile number</source>
        <translation>Not a valid mobile number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="134"/>
        <source>Valid: %1</source>
        <translation>Valid: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="141"/>
        <source>No number</source>
        <translation>No number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="142"/>
        <source>Not a number</source>
        <translation>Not a number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="143"/>
        <source>Has characters no phone number has</source>
        <translation>Has characters no phone number has</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="144"/>
        <source>Excel rounded this number (e.g. 1.38E+10); its digits are lost</source>
        <translation>Excel rounded this number (e.g. 1.38E+10); its digits are lost</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="145"/>
        <source>Too short for a mobile number</source>
        <translation>Too short for a mobile number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="146"/>
        <source>Too long for a mobile number</source>
        <translation>Too long for a mobile number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="147"/>
        <source>No mainland mobile number starts like this</source>
        <translation>No mainland mobile number starts like this</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="148"/>
        <source>Unknown country code</source>
        <translation>Unknown country code</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="149"/>
        <source>Not a valid number</source>
        <translation>Not a valid number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="150"/>
        <source>A landline or service number: it cannot receive SMS</source>
        <translation>A landline or service number: it cannot receive SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="152"/>
        <source> (it is kept, marked invalid)</source>
        <translation> (it is kept, marked invalid)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="174"/>
        <source>Give a name or a mobile number.</source>
        <translation>Give a name or a mobile number.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="176"/>
        <source>That is not an email address.</source>
        <translation>That is not an email address.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="232"/>
        <source>Their version is shown now; make your change again and save.</source>
        <translation>Their version is shown now; make your change again and save.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="69"/>
        <source>Not a valid mobile number; it cannot be sent to</source>
        <translation>Not a valid mobile number; it cannot be sent to</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="71"/>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="78"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="79"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="80"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="81"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="82"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="83"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="86"/>
        <source>Address book</source>
        <translation>Address book</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="88"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="118"/>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="574"/>
        <source>New group…</source>
        <translation>New group…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="119"/>
        <source>New sub-group…</source>
        <translation>New sub-group…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="120"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="121"/>
        <source>Move to…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="122"/>
        <source>Delete group…</source>
        <translation>Delete group…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="123"/>
        <source>Custom fields…</source>
        <translation>Custom fields…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="125"/>
        <source>New contact…</source>
        <translation>New contact…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="127"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="129"/>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="538"/>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="643"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="131"/>
        <source>Move or copy to…</source>
        <translation>Move or copy to…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="132"/>
        <source>Send SMS to selection</source>
        <translation>Send SMS to selection</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="133"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="134"/>
        <source>Export group…</source>
        <translation>Export group…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="135"/>
        <source>Export selection…</source>
        <translation>Export selection…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="136"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="160"/>
        <source>Include sub-groups</source>
        <translation>Include sub-groups</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="171"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="189"/>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="440"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="224"/>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="810"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="339"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="790"/>
        <source>%Ln selected contact(s)</source>
        <translation>
            <numerusform>%Ln selected contact</numerusform>
            <numerusform>%Ln selected contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="830"/>
        <source>%Ln contact(s) exported to %2.</source>
        <translation>
            <numerusform>%Ln contact exported to %2.</numerusform>
            <numerusform>%Ln contacts exported to %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="410"/>
        <source>New contact in the chosen group</source>
        <translation>New contact in the chosen group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="426"/>
        <source>Hand the selected contacts to the sending tab</source>
        <translation>Hand the selected contacts to the sending tab</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="428"/>
        <source>Sending from the address book becomes available with the sending tab</source>
        <translation>Sending from the address book becomes available with the sending tab</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="439"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="456"/>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="457"/>
        <source>Name of the new group:</source>
        <translation>Name of the new group:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="467"/>
        <source>New sub-group</source>
        <translation>New sub-group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="468"/>
        <source>Name of the new sub-group of %1:</source>
        <translation>Name of the new sub-group of %1:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="488"/>
        <source>Rename group</source>
        <translation>Rename group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="489"/>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="501"/>
        <source>Move group %1 to…</source>
        <translation>Move group %1 to…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="531"/>
        <source>Delete group</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="532"/>
        <source>Delete the group “%1”?</source>
        <translation>Delete the group “%1”?</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="539"/>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="644"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="640"/>
        <source>Delete contacts</source>
        <translation>Delete contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="670"/>
        <source>%1 were left out: their number is already in that group.</source>
        <translation>%1 were left out: their number is already in that group.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="690"/>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="690"/>
        <source>Tables (%1)</source>
        <translation>Tables (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="706"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="752"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="774"/>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="776"/>
        <source>Export contacts</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="776"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="804"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="805"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="806"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="807"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="808"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="809"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="816"/>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="833"/>
        <source>Numbers are masked.</source>
        <translation>Numbers are masked.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="843"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="850"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="149"/>
        <source>Search name, mobile or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="150"/>
        <source>Searches all contacts: any part of a name, the start or end of a mobile number (尾号), the start of an email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="366"/>
        <source>%Ln contact(s) found</source>
        <translation>
            <numerusform>%Ln contact found</numerusform>
            <numerusform>%Ln contacts found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="368"/>
        <source>More than %Ln contacts match; showing %Ln. Make the search narrower.</source>
        <translation>
            <numerusform>More than %Ln contact matches; showing %Ln. Make the search narrower.</numerusform>
            <numerusform>More than %Ln contacts match; showing %Ln. Make the search narrower.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="370"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="411"/>
        <source>New contact: you choose which group of the address book it goes into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="415"/>
        <source>Import contacts into the chosen group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="416"/>
        <source>Import contacts: you choose which group of the address book they go into</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="534"/>
        <source>%1 sub-groups and %Ln contact(s) are deleted with it. This cannot be undone.</source>
        <translation>
            <numerusform>%1 sub-groups and %Ln contact are deleted with it. This cannot be undone.</numerusform>
            <numerusform>%1 sub-groups and %Ln contacts are deleted with it. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="572"/>
        <source>Contacts are kept in groups, and this address book has none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="573"/>
        <source>Create a group first, for example “Customers”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="588"/>
        <source>New contact: which group?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="641"/>
        <source>Delete %Ln contact(s)?</source>
        <translation>
            <numerusform>Delete %Ln contact?</numerusform>
            <numerusform>Delete %Ln contacts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="655"/>
        <source>Move or copy %Ln contact(s) to…</source>
        <translation>
            <numerusform>Move or copy %Ln contact to…</numerusform>
            <numerusform>Move or copy %Ln contacts to…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="668"/>
        <source>%Ln contact(s) moved or copied.</source>
        <translation>
            <numerusform>%Ln contact moved or copied.</numerusform>
            <numerusform>%Ln contacts moved or copied.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="684"/>
        <source>Import contacts: into which group?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversionPanel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="607"/>
        <source>No marketing tasks in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="614"/>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="643"/>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="614"/>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="643"/>
        <source>Opt-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="631"/>
        <source>Messages: %1 · delivered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="633"/>
        <source>Replies: %1 (%2 of delivered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="635"/>
        <source>Opt-outs: %1 (%2 of delivered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="642"/>
        <source>Task</source>
        <translation type="unfinished">Task</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="642"/>
        <source>Sent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="642"/>
        <source>Messages</source>
        <translation type="unfinished">Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="643"/>
        <source>Reply rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="643"/>
        <source>Opt-out rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostReportPage</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/cost_page.py" line="21"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/cost_page.py" line="25"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/cost_page.py" line="26"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/cost_page.py" line="27"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/cost_page.py" line="28"/>
        <source>Segments charged</source>
        <translation>Segments charged</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/cost_page.py" line="29"/>
        <source>Segments refunded</source>
        <translation>Segments refunded</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/cost_page.py" line="30"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/cost_page.py" line="35"/>
        <source>Charged: segments delivered (only delivered messages are billed). Refunded: segments of messages that failed, expired or were cancelled, given back to the sender&apos;s quota. Money at the prices recorded on each task when it was submitted.</source>
        <translation>Charged: segments delivered (only delivered messages are billed). Refunded: segments of messages that failed, expired or were cancelled, given back to the sender&apos;s quota. Money at the prices recorded on each task when it was submitted.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/cost_page.py" line="41"/>
        <source>Price list…</source>
        <translation>Price list…</translation>
    </message>
</context>
<context>
    <name>DailyReportPage</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/daily_page.py" line="41"/>
        <source>Daily report</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/daily_page.py" line="44"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/row_table.py" line="234"/>
        <source>Default columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseBanner</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/database_banner.py" line="38"/>
        <source>Try now</source>
        <translation>Try now</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/database_banner.py" line="75"/>
        <source>The database has been unreachable since %1.</source>
        <translation>The database has been unreachable since %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/database_banner.py" line="80"/>
        <source>SMS Desk tries to reconnect by itself (next try in %1 s). What you have typed is kept; work that was running when the connection was lost says whether it went through.</source>
        <translation>SMS Desk tries to reconnect by itself (next try in %1 s). What you have typed is kept; work that was running when the connection was lost says whether it went through.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/database_banner.py" line="85"/>
        <source>SMS Desk is reconnecting now. What you have typed is kept; work that was running when the connection was lost says whether it went through.</source>
        <translation>SMS Desk is reconnecting now. What you have typed is kept; work that was running when the connection was lost says whether it went through.</translation>
    </message>
</context>
<context>
    <name>DefaultSignatureDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="384"/>
        <source>Default signature of %1</source>
        <translation>Default signature of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="392"/>
        <source>Users of %1 and of its sub-groups without a default of their own send with:</source>
        <translation>Users of %1 and of its sub-groups without a default of their own send with:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="395"/>
        <source>%1 has no signatures of its own yet. Add them in the Library tab, then choose the default here.</source>
        <translation>%1 has no signatures of its own yet. Add them in the Library tab, then choose the default here.</translation>
    </message>
</context>
<context>
    <name>DispatcherStatusLabel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="114"/>
        <source>Dispatcher: checking…</source>
        <translation>Dispatcher: checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="191"/>
        <source>Dispatcher: starting…</source>
        <translation>Dispatcher: starting…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="193"/>
        <source>Dispatcher: cannot start (see the log)</source>
        <translation>Dispatcher: cannot start (see the log)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="195"/>
        <source>Dispatcher: not running</source>
        <translation>Dispatcher: not running</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="198"/>
        <source>Dispatcher: none running</source>
        <translation>Dispatcher: none running</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="200"/>
        <source>Dispatcher: %1 of %2 up · %3 msg/s</source>
        <translation>Dispatcher: %1 of %2 up · %3 msg/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="202"/>
        <source>%Ln channel(s)</source>
        <translation>
            <numerusform>%Ln channel</numerusform>
            <numerusform>%Ln channels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="205"/>
        <source>down: %1</source>
        <translation>down: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="207"/>
        <source>Dispatcher processes running: %1</source>
        <translation>Dispatcher processes running: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="209"/>
        <source>This console runs one of them and restarts it if it stops.</source>
        <translation>This console runs one of them and restarts it if it stops.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="212"/>
        <source>None has reported in the last 15 seconds; queued messages wait until one runs.
With a shared database the dispatcher runs as a service on a server,
or on the workstation IT made the dispatcher host, not in every console. Ask IT to start it.</source>
        <translation>None has reported in the last 15 seconds; queued messages wait until one runs.
With a shared database the dispatcher runs as a service on a server,
or on the workstation IT made the dispatcher host, not in every console. Ask IT to start it.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="221"/>
        <source>Dispatcher: unknown</source>
        <translation>Dispatcher: unknown</translation>
    </message>
</context>
<context>
    <name>EncodingCombo</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/encoding_picker.py" line="33"/>
        <source>Detected: %1</source>
        <translation>Detected: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/encoding_picker.py" line="33"/>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
</context>
<context>
    <name>EncodingDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/encoding_picker.py" line="47"/>
        <source>Choose the file&apos;s encoding</source>
        <translation>Choose the file&apos;s encoding</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/encoding_picker.py" line="57"/>
        <source>Files saved by Excel on Chinese Windows are usually GBK/GB18030; from Hong Kong or Taiwan, Big5. The first rows are shown before anything is imported, so you can check the names read right.</source>
        <translation>Files saved by Excel on Chinese Windows are usually GBK/GB18030; from Hong Kong or Taiwan, Big5. The first rows are shown before anything is imported, so you can check the names read right.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/encoding_picker.py" line="63"/>
        <source>Read with this encoding</source>
        <translation>Read with this encoding</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/encoding_picker.py" line="64"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/error_dialog.py" line="27"/>
        <source>SMS Desk</source>
        <translation>SMS Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/error_dialog.py" line="40"/>
        <source>SMS Desk: unexpected error</source>
        <translation>SMS Desk: unexpected error</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/error_dialog.py" line="42"/>
        <source>Something unexpected went wrong. Your work so far is kept; the details are in the log file.</source>
        <translation>Something unexpected went wrong. Your work so far is kept; the details are in the log file.</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="203"/>
        <location filename="../../desktop/smsdesk/ui/widgets/export_bar.py" line="34"/>
        <source>Cancel export</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="220"/>
        <source>Export messages</source>
        <translation>Export messages</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="220"/>
        <location filename="../../desktop/smsdesk/ui/widgets/export_bar.py" line="51"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="236"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="237"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="238"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="239"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="240"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="241"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="242"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="243"/>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="244"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="245"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="246"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="252"/>
        <location filename="../../desktop/smsdesk/ui/widgets/export_bar.py" line="64"/>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="263"/>
        <location filename="../../desktop/smsdesk/ui/widgets/export_bar.py" line="74"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="277"/>
        <source>%Ln message(s) exported to %2.</source>
        <translation>
            <numerusform>%Ln message exported to %2.</numerusform>
            <numerusform>%Ln messages exported to %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="279"/>
        <source>Numbers are masked.</source>
        <translation>Numbers are masked.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="293"/>
        <location filename="../../desktop/smsdesk/ui/widgets/export_bar.py" line="106"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/widgets/export_bar.py" line="86"/>
        <source>%Ln row(s) written…</source>
        <translation>
            <numerusform>%Ln row written…</numerusform>
            <numerusform>%Ln rows written…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/widgets/export_bar.py" line="91"/>
        <source>%Ln row(s) exported to %2.</source>
        <translation>
            <numerusform>%Ln row exported to %2.</numerusform>
            <numerusform>%Ln rows exported to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailureMappingDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/failure_dialog.py" line="34"/>
        <source>Failure code</source>
        <translation>Failure code</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/failure_dialog.py" line="34"/>
        <source>Edit failure code</source>
        <translation>Edit failure code</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/failure_dialog.py" line="36"/>
        <source>Every channel</source>
        <translation>Every channel</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/failure_dialog.py" line="44"/>
        <source>e.g. UNDELIV, 0x00000058 or 027</source>
        <translation>e.g. UNDELIV, 0x00000058 or 027</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/failure_dialog.py" line="49"/>
        <source>Temporary: try the message again later</source>
        <translation>Temporary: try the message again later</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/failure_dialog.py" line="62"/>
        <source>Applies to:</source>
        <translation>Applies to:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/failure_dialog.py" line="63"/>
        <source>Where the code comes from:</source>
        <translation>Where the code comes from:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/failure_dialog.py" line="64"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/failure_dialog.py" line="65"/>
        <source>Counts as:</source>
        <translation>Counts as:</translation>
    </message>
</context>
<context>
    <name>FailuresPanel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="479"/>
        <source>No failed messages in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="494"/>
        <source>Failed in all: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="504"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="505"/>
        <source>Total</source>
        <translation type="unfinished">Total</translation>
    </message>
</context>
<context>
    <name>FieldsDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="31"/>
        <source>Custom fields</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="35"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="36"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="37"/>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="39"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="49"/>
        <source>Fields of the address book %1:</source>
        <translation>Fields of the address book %1:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="86"/>
        <source>New field</source>
        <translation>New field</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="86"/>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="92"/>
        <source>Name of the field:</source>
        <translation>Name of the field:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="92"/>
        <source>Rename field</source>
        <translation>Rename field</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="100"/>
        <source>Remove field</source>
        <translation>Remove field</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="101"/>
        <source>Remove the field “%1” and its value in every contact?</source>
        <translation>Remove the field “%1” and its value in every contact?</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="64"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="64"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="64"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="65"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="65"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="66"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="66"/>
        <source>Last 13 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="67"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="67"/>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="80"/>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="146"/>
        <source>All groups I see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="81"/>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="148"/>
        <source>All users</source>
        <translation type="unfinished">All users</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="82"/>
        <source>All kinds</source>
        <translation type="unfinished">All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="83"/>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="149"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="85"/>
        <source>All carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="87"/>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="150"/>
        <source>All templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="93"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="13"/>
        <source>Create the first administrator</source>
        <translation>Create the first administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="20"/>
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="24"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="25"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="26"/>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="27"/>
        <source>Top-level group:</source>
        <translation>Top-level group:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="42"/>
        <source>A login has 1 to 32 characters: lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>A login has 1 to 32 characters: lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="44"/>
        <source>A password has at least 8 characters.</source>
        <translation>A password has at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="46"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="48"/>
        <source>A group name has 1 to 100 characters and no &apos;/&apos;.</source>
        <translation>A group name has 1 to 100 characters and no &apos;/&apos;.</translation>
    </message>
</context>
<context>
    <name>GroupNameDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="87"/>
        <source>Under:</source>
        <translation>Under:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="88"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="89"/>
        <source>Tasks of this group are reviewed before they are sent</source>
        <translation>Tasks of this group are reviewed before they are sent</translation>
    </message>
</context>
<context>
    <name>GroupPickDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="390"/>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
</context>
<context>
    <name>GroupPickerDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_picker_dialog.py" line="40"/>
        <source>Copy (keep them where they are too)</source>
        <translation>Copy (keep them where they are too)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_picker_dialog.py" line="44"/>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_picker_dialog.py" line="45"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_picker_dialog.py" line="82"/>
        <source>A group cannot move into itself or into one of its sub-groups.</source>
        <translation>A group cannot move into itself or into one of its sub-groups.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_picker_dialog.py" line="84"/>
        <source>A group moves only inside its own address book.</source>
        <translation>A group moves only inside its own address book.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_picker_dialog.py" line="86"/>
        <source>The group is already there.</source>
        <translation>The group is already there.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_picker_dialog.py" line="88"/>
        <source>Choose a group.</source>
        <translation>Choose a group.</translation>
    </message>
</context>
<context>
    <name>GroupTreeModel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_tree_model.py" line="69"/>
        <source>My contacts</source>
        <translation>My contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_tree_model.py" line="137"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_tree_model.py" line="137"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_tree_model.py" line="148"/>
        <source>%Ln contact(s) in this address book</source>
        <translation>
            <numerusform>%Ln contact in this address book</numerusform>
            <numerusform>%Ln contacts in this address book</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_tree_model.py" line="150"/>
        <source>%1 here, %2 with sub-groups</source>
        <translation>%1 here, %2 with sub-groups</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_tree_model.py" line="151"/>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_tree_model.py" line="152"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="122"/>
        <source>Import numbers into a blacklist</source>
        <translation>Import numbers into a blacklist</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="128"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="144"/>
        <source>Blacklist:</source>
        <translation>Blacklist:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="145"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="148"/>
        <source>Number column:</source>
        <translation>Number column:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="154"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="155"/>
        <source>Choose a file of numbers</source>
        <translation>Choose a file of numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="171"/>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="218"/>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="198"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="214"/>
        <source>You administer no user group.</source>
        <translation>You administer no user group.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="216"/>
        <source>Choose the file to import.</source>
        <translation>Choose the file to import.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="146"/>
        <source>Sheet:</source>
        <translation type="unfinished">Sheet:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="147"/>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
</context>
<context>
    <name>ImportMappingDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="48"/>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="62"/>
        <source>The first row holds the column names</source>
        <translation>The first row holds the column names</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="65"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="78"/>
        <source>Skip it (keep the contact as it is)</source>
        <translation>Skip it (keep the contact as it is)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="80"/>
        <source>Update the contact with the file&apos;s values</source>
        <translation>Update the contact with the file&apos;s values</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="83"/>
        <source>Also import rows whose mobile number is invalid (marked invalid)</source>
        <translation>Also import rows whose mobile number is invalid (marked invalid)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="92"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="94"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="99"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="100"/>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="104"/>
        <source>Into group:</source>
        <translation>Into group:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="106"/>
        <source>A mobile number already in the group, or repeated in the file</source>
        <translation>A mobile number already in the group, or repeated in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="115"/>
        <source>First rows of the file:</source>
        <translation>First rows of the file:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="131"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="154"/>
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="155"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="156"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="157"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="158"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="159"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="161"/>
        <source>Field: %1</source>
        <translation>Field: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="163"/>
        <source>New field “%1”</source>
        <translation>New field “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="238"/>
        <source>No column of this file looks like mobile numbers. Choose the column that holds them.</source>
        <translation>No column of this file looks like mobile numbers. Choose the column that holds them.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="241"/>
        <source>Choose the column that holds the mobile numbers.</source>
        <translation>Choose the column that holds the mobile numbers.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="102"/>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="19"/>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="25"/>
        <source>%1 was imported into %2.</source>
        <translation>%1 was imported into %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="33"/>
        <source>Rows in the file:</source>
        <translation>Rows in the file:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="34"/>
        <source>New contacts:</source>
        <translation>New contacts:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="35"/>
        <source>Contacts updated:</source>
        <translation>Contacts updated:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="36"/>
        <source>Invalid mobile numbers:</source>
        <translation>Invalid mobile numbers:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="37"/>
        <source>Duplicates:</source>
        <translation>Duplicates:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="38"/>
        <source>Rows not imported:</source>
        <translation>Rows not imported:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="44"/>
        <source>Time taken:</source>
        <translation>Time taken:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="44"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="46"/>
        <source>Open the rejected rows</source>
        <translation>Open the rejected rows</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="54"/>
        <source>The rows not imported, each with its reason, are in %1</source>
        <translation>The rows not imported, each with its reason, are in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="58"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>KeyFigures</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/key_figures.py" line="28"/>
        <source>Sent</source>
        <translation type="unfinished">Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/key_figures.py" line="29"/>
        <source>Delivered</source>
        <translation type="unfinished">Delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/key_figures.py" line="30"/>
        <source>Failed</source>
        <translation type="unfinished">Failed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/key_figures.py" line="31"/>
        <source>Pending</source>
        <translation type="unfinished">Pending</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/key_figures.py" line="32"/>
        <source>Cost</source>
        <translation type="unfinished">Cost</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/key_figures.py" line="38"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/key_figures.py" line="38"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/key_figures.py" line="78"/>
        <source>week before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/key_figures.py" line="83"/>
        <source>%1 %2 pts vs week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/key_figures.py" line="86"/>
        <source>%1 %2 vs week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/key_figures.py" line="91"/>
        <source>The same span a week before: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownDeadOffer</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/send_offer.py" line="30"/>
        <source>Drop them</source>
        <translation>Drop them</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/send_offer.py" line="58"/>
        <source>%Ln of these numbers were found empty (%1) or suspended (%2) by a number check in %3: they would fail and lower the delivery rate.</source>
        <translation>
            <numerusform>%Ln of these numbers was found empty (%1) or suspended (%2) by a number check in %3: it would fail and lower the delivery rate.</numerusform>
            <numerusform>%Ln of these numbers were found empty (%1) or suspended (%2) by a number check in %3: they would fail and lower the delivery rate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/send_offer.py" line="61"/>
        <source>the last %Ln day(s)</source>
        <translation>
            <numerusform>the last day</numerusform>
            <numerusform>the last %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/send_offer.py" line="81"/>
        <source>%Ln number(s) known empty or suspended were dropped.</source>
        <translation>
            <numerusform>%Ln number known empty or suspended were dropped.</numerusform>
            <numerusform>%Ln numbers known empty or suspended were dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LatencyPanel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="394"/>
        <source>Expected (seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="397"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="408"/>
        <source>Delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="412"/>
        <source>Expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryLabels</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="27"/>
        <source>Awaiting review</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="28"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="29"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="33"/>
        <source>Public (group)</source>
        <translation>Public (group)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="33"/>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="37"/>
        <source>Global blacklist</source>
        <translation>Global blacklist</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="39"/>
        <source>Message kind: %1</source>
        <translation>Message kind: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="40"/>
        <source>User group: %1</source>
        <translation>User group: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="47"/>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="48"/>
        <source>longer than 50 characters</source>
        <translation>longer than 50 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="49"/>
        <source>control characters</source>
        <translation>control characters</translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/library_tab.py" line="54"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
</context>
<context>
    <name>ListChooser</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="50"/>
        <source>Global blacklist</source>
        <translation>Global blacklist</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="51"/>
        <source>Message kind</source>
        <translation>Message kind</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="52"/>
        <source>User group</source>
        <translation>User group</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="113"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="114"/>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="123"/>
        <source>Save list</source>
        <translation>Save list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="105"/>
        <source>%Ln row(s); the first %1 are shown, saving writes them all.</source>
        <translation>
            <numerusform>%Ln row; the first %1 are shown, saving writes them all.</numerusform>
            <numerusform>%Ln rows; the first %1 are shown, saving writes them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="109"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="123"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="57"/>
        <source>SMS Desk: %1</source>
        <translation>SMS Desk: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="102"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="103"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="108"/>
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="113"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="118"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="119"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="135"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="136"/>
        <source>&amp;About SMS Desk</source>
        <translation>&amp;About SMS Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="143"/>
        <source>embedded database</source>
        <translation>embedded database</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="147"/>
        <source>Database: %1 · PostgreSQL %2</source>
        <translation>Database: %1 · PostgreSQL %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="151"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="151"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="151"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="175"/>
        <source>Enterprise SMS console</source>
        <translation>Enterprise SMS console</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="176"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="189"/>
        <source>About SMS Desk</source>
        <translation>About SMS Desk</translation>
    </message>
</context>
<context>
    <name>MessageDetailPage</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="60"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="470"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="482"/>
        <source>Message detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="84"/>
        <source>All kinds</source>
        <translation type="unfinished">All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="85"/>
        <source>Not yet final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="87"/>
        <source>All statuses</source>
        <translation type="unfinished">All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="89"/>
        <source>All failure reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="91"/>
        <source>Unknown carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="92"/>
        <source>All carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="93"/>
        <source>All groups</source>
        <translation type="unfinished">All groups</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="94"/>
        <source>All users</source>
        <translation type="unfinished">All users</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="95"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="100"/>
        <source>Task no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="105"/>
        <source>Number or its last 4+ digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="111"/>
        <source>Content contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="115"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="118"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="125"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="127"/>
        <source>To</source>
        <translation type="unfinished">To</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="146"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="479"/>
        <source>Submitted</source>
        <translation type="unfinished">Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="147"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="478"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="148"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="480"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="149"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="481"/>
        <source>Failure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="151"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="481"/>
        <source>SMSC code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="152"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="481"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="153"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="480"/>
        <source>Receipt</source>
        <translation type="unfinished">Receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="154"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="480"/>
        <source>Latency (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="157"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="478"/>
        <source>Content</source>
        <translation type="unfinished">Content</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="158"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="477"/>
        <source>Kind</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="159"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="479"/>
        <source>Segments</source>
        <translation type="unfinished">Segments</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="160"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="478"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="161"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="479"/>
        <source>Channel</source>
        <translation type="unfinished">Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="162"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="477"/>
        <source>User</source>
        <translation type="unfinished">User</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="163"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="477"/>
        <source>Group</source>
        <translation type="unfinished">Group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="164"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="477"/>
        <source>Task</source>
        <translation type="unfinished">Task</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="179"/>
        <source>Load more</source>
        <translation type="unfinished">Load more</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="182"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="185"/>
        <source>Open task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="187"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="226"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="281"/>
        <source>template no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="289"/>
        <source>Showing the messages behind a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="395"/>
        <source>%1 found so far; searching older messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="416"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="421"/>
        <source>No message matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="423"/>
        <source>%Ln message(s) shown; the search was stopped.</source>
        <translation>
            <numerusform>%Ln message shown; the search was stopped.</numerusform>
            <numerusform>%Ln messages shown; the search was stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="425"/>
        <source>%Ln message(s) shown, newest first; more match.</source>
        <translation>
            <numerusform>%Ln message shown, newest first; more match.</numerusform>
            <numerusform>%Ln messages shown, newest first; more match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="427"/>
        <source>%Ln message(s): all that match.</source>
        <translation>
            <numerusform>%Ln message: all that match.</numerusform>
            <numerusform>%Ln messages: all that match.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="470"/>
        <source>Export message detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="85"/>
        <source>Failed or expired</source>
        <translation>Failed or expired</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="285"/>
        <source>%1:00 to %2:00</source>
        <translation>%1:00 to %2:00</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="287"/>
        <source>times are when each task was sent</source>
        <translation>times are when each task was sent</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="21"/>
        <source>A login has 1 to 32 characters: lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>A login has 1 to 32 characters: lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="22"/>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="23"/>
        <source>This account is disabled. Ask your administrator.</source>
        <translation>This account is disabled. Ask your administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="27"/>
        <source>Cannot reach the database server. Check the network and the server address.</source>
        <translation>Cannot reach the database server. Check the network and the server address.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="28"/>
        <source>The server has no SMS Desk database by that name.</source>
        <translation>The server has no SMS Desk database by that name.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="29"/>
        <source>The database server does not accept connections from this workstation.</source>
        <translation>The database server does not accept connections from this workstation.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="31"/>
        <source>This database has not been set up for SMS Desk. Ask IT to run &apos;smsdesk-admin db init&apos;.</source>
        <translation>This database has not been set up for SMS Desk. Ask IT to run &apos;smsdesk-admin db init&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="34"/>
        <source>The database is older than this console. Ask IT to run &apos;smsdesk-admin db upgrade&apos;.</source>
        <translation>The database is older than this console. Ask IT to run &apos;smsdesk-admin db upgrade&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="36"/>
        <source>The database was upgraded by a newer SMS Desk. Install the newer console.</source>
        <translation>The database was upgraded by a newer SMS Desk. Install the newer console.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="37"/>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="38"/>
        <source>It no longer exists; somebody may have removed it.</source>
        <translation>It no longer exists; somebody may have removed it.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="39"/>
        <source>That name is already taken.</source>
        <translation>That name is already taken.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="40"/>
        <source>The input is not valid.</source>
        <translation>The input is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="41"/>
        <source>Not enough quota.</source>
        <translation>Not enough quota.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="42"/>
        <source>The database reported an error.</source>
        <translation>The database reported an error.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="44"/>
        <source>A phrase cannot be empty.</source>
        <translation>A phrase cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="45"/>
        <source>A phrase has at most 500 characters.</source>
        <translation>A phrase has at most 500 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="46"/>
        <source>A phrase group needs a name.</source>
        <translation>A phrase group needs a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="47"/>
        <source>A phrase group name has at most 50 characters.</source>
        <translation>A phrase group name has at most 50 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="48"/>
        <source>Enter the signature, for example 【SMS Desk】.</source>
        <translation>Enter the signature, for example 【SMS Desk】.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="49"/>
        <source>A signature has at least 2 characters inside 【】.</source>
        <translation>A signature has at least 2 characters inside 【】.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="50"/>
        <source>A signature has at most 8 characters inside 【】.</source>
        <translation>A signature has at most 8 characters inside 【】.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="51"/>
        <source>A signature cannot contain 【 or 】 inside its brackets.</source>
        <translation>A signature cannot contain 【 or 】 inside its brackets.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="52"/>
        <source>The signature&apos;s brackets do not match: write it as 【name】.</source>
        <translation>The signature&apos;s brackets do not match: write it as 【name】.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="53"/>
        <source>A signature cannot contain tabs, line breaks or control characters.</source>
        <translation>A signature cannot contain tabs, line breaks or control characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="54"/>
        <source>A template needs a name.</source>
        <translation>A template needs a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="55"/>
        <source>A template name has at most 100 characters.</source>
        <translation>A template name has at most 100 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="56"/>
        <source>A template&apos;s text cannot be empty.</source>
        <translation>A template&apos;s text cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="57"/>
        <source>A template has at most 1000 characters.</source>
        <translation>A template has at most 1000 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="58"/>
        <source>A 【 in the template is never closed with 】.</source>
        <translation>A 【 in the template is never closed with 】.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="59"/>
        <source>A 】 in the template closes nothing.</source>
        <translation>A 】 in the template closes nothing.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="60"/>
        <source>A 【 opens inside another variable; variables cannot be nested.</source>
        <translation>A 【 opens inside another variable; variables cannot be nested.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="61"/>
        <source>A variable 【】 in the template has no name.</source>
        <translation>A variable 【】 in the template has no name.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="62"/>
        <source>The template is not text.</source>
        <translation>The template is not text.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="63"/>
        <source>Only approved templates can be used to send.</source>
        <translation>Only approved templates can be used to send.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="64"/>
        <source>A rejection needs a reason.</source>
        <translation>A rejection needs a reason.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="65"/>
        <source>A reason has at most 200 characters.</source>
        <translation>A reason has at most 200 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="66"/>
        <source>A sensitive word cannot be empty.</source>
        <translation>A sensitive word cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="67"/>
        <source>A sensitive word has at most 50 characters.</source>
        <translation>A sensitive word has at most 50 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="68"/>
        <source>A sensitive word cannot contain tabs, line breaks or control characters.</source>
        <translation>A sensitive word cannot contain tabs, line breaks or control characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="69"/>
        <source>That word is already on the list.</source>
        <translation>That word is already on the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="70"/>
        <source>The file holds no usable sensitive words.</source>
        <translation>The file holds no usable sensitive words.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="71"/>
        <source>That is not a phone number.</source>
        <translation>That is not a phone number.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="72"/>
        <source>That number is already on this blacklist.</source>
        <translation>That number is already on this blacklist.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="73"/>
        <source>No row of the file holds a phone number. Check the file and the column.</source>
        <translation>No row of the file holds a phone number. Check the file and the column.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="98"/>
        <source>Only an administrator may do this.</source>
        <translation>Only an administrator may do this.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="99"/>
        <source>That is outside your part of the organisation.</source>
        <translation>That is outside your part of the organisation.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="101"/>
        <source>Your own group&apos;s quota, review setting, name and place are managed by an administrator of the group above it.</source>
        <translation>Your own group&apos;s quota, review setting, name and place are managed by an administrator of the group above it.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="105"/>
        <source>An administrator of your own group can only be created or changed by an administrator of a higher group.</source>
        <translation>An administrator of your own group can only be created or changed by an administrator of a higher group.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="108"/>
        <source>You cannot change your own rights, quota or status.</source>
        <translation>You cannot change your own rights, quota or status.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="109"/>
        <source>User %1 is deleted. Restore the user first.</source>
        <translation>User %1 is deleted. Restore the user first.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="110"/>
        <source>That user no longer exists.</source>
        <translation>That user no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="111"/>
        <source>That group no longer exists; somebody may have deleted it.</source>
        <translation>That group no longer exists; somebody may have deleted it.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="112"/>
        <source>A group name has 1 to 100 characters and no “/”.</source>
        <translation>A group name has 1 to 100 characters and no “/”.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="113"/>
        <source>There is already a group called “%1” there.</source>
        <translation>There is already a group called “%1” there.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="117"/>
        <source>A name has at most 100 characters.</source>
        <translation>A name has at most 100 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="118"/>
        <source>A user is an administrator or an ordinary user.</source>
        <translation>A user is an administrator or an ordinary user.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="120"/>
        <source>A login has 1 to 32 characters: lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>A login has 1 to 32 characters: lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="123"/>
        <source>The login %1 is taken. Choose another.</source>
        <translation>The login %1 is taken. Choose another.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="125"/>
        <source>The login %1 belongs to a deleted user. Restore that user (under Deleted users) instead.</source>
        <translation>The login %1 belongs to a deleted user. Restore that user (under Deleted users) instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="127"/>
        <source>The password could not be prepared. Try again.</source>
        <translation>The password could not be prepared. Try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="128"/>
        <source>You cannot give a right you do not have yourself.</source>
        <translation>You cannot give a right you do not have yourself.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="129"/>
        <source>That status is not known.</source>
        <translation>That status is not known.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="130"/>
        <source>User %1 is not deleted.</source>
        <translation>User %1 is not deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="132"/>
        <source>The group of user %1 was deleted. Choose the group to restore the user into.</source>
        <translation>The group of user %1 was deleted. Choose the group to restore the user into.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="134"/>
        <source>Enter a number of segments greater than 0.</source>
        <translation>Enter a number of segments greater than 0.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="143"/>
        <source>Only an administrator of the top-level group tops it up.</source>
        <translation>Only an administrator of the top-level group tops it up.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="144"/>
        <source>The top-level group has no group above it to give quota back to.</source>
        <translation>The top-level group has no group above it to give quota back to.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="145"/>
        <source>The top-level group cannot be moved.</source>
        <translation>The top-level group cannot be moved.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="146"/>
        <source>Only IT creates a top-level group.</source>
        <translation>Only IT creates a top-level group.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="147"/>
        <source>The top-level group cannot be deleted.</source>
        <translation>The top-level group cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="148"/>
        <source>A group cannot be moved into itself or into a group below it.</source>
        <translation>A group cannot be moved into itself or into a group below it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/messages.py" line="160"/>
        <source>Nothing was imported: %n row(s) refused, the first on row %1 (login %2).</source>
        <translation>
            <numerusform>Nothing was imported: %n row refused, the first on row %1 (login %2).</numerusform>
            <numerusform>Nothing was imported: %n rows refused, the first on row %1 (login %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="164"/>
        <source>What is wrong with each row is in %1.</source>
        <translation>What is wrong with each row is in %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/messages.py" line="170"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/messages.py" line="172"/>
        <source>%n sub-group(s)</source>
        <translation>
            <numerusform>%n sub-group</numerusform>
            <numerusform>%n sub-groups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="175"/>
        <source>Group “%1” cannot be deleted: it still holds %2. Move or delete them first.</source>
        <translation>Group “%1” cannot be deleted: it still holds %2. Move or delete them first.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="176"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="190"/>
        <source>Only CSV, TXT, XLSX and XLS files can be imported.</source>
        <translation>Only CSV, TXT, XLSX and XLS files can be imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="192"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="193"/>
        <source>The file has a header row but no data under it.</source>
        <translation>The file has a header row but no data under it.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="195"/>
        <source>The file is not an Excel workbook; it may be damaged or renamed.</source>
        <translation>The file is not an Excel workbook; it may be damaged or renamed.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="196"/>
        <source>The workbook is protected by a password. Save a copy without one and import that.</source>
        <translation>The workbook is protected by a password. Save a copy without one and import that.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="75"/>
        <source>Choose the column of the file that holds the mobile numbers.</source>
        <translation>Choose the column of the file that holds the mobile numbers.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="77"/>
        <source>Somebody else changed this contact after you opened it. Nothing was overwritten.</source>
        <translation>Somebody else changed this contact after you opened it. Nothing was overwritten.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="79"/>
        <source>That mobile number is already in this group.</source>
        <translation>That mobile number is already in this group.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="80"/>
        <source>The file cannot be written there. Choose another folder or name.</source>
        <translation>The file cannot be written there. Choose another folder or name.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/messages.py" line="116"/>
        <source>A password has at least %n character(s).</source>
        <translation>
            <numerusform>A password has at least %n character.</numerusform>
            <numerusform>A password has at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="135"/>
        <source>Group “%1” holds only %2; asked for: %3.</source>
        <translation>Group “%1” holds only %2; asked for: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="139"/>
        <source>User %1 has only %2 unused; asked for: %3.</source>
        <translation>User %1 has only %2 unused; asked for: %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/messages.py" line="156"/>
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segment</numerusform>
            <numerusform>%Ln segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/messages.py" line="174"/>
        <source>a balance of %Ln segment(s)</source>
        <translation>
            <numerusform>a balance of %Ln segment</numerusform>
            <numerusform>a balance of %Ln segments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="179"/>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="186"/>
        <source>Line %1 cannot be read as %2. Choose another encoding, or save the file as UTF-8.</source>
        <translation>Line %1 cannot be read as %2. Choose another encoding, or save the file as UTF-8.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="189"/>
        <source>The file no longer exists, or is not a file.</source>
        <translation>The file no longer exists, or is not a file.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="191"/>
        <source>The file is too large to import (the limit is %1).</source>
        <translation>The file is too large to import (the limit is %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="194"/>
        <source>The file is not a text table: it holds binary data.</source>
        <translation>The file is not a text table: it holds binary data.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="197"/>
        <source>The workbook has no sheet “%1”.</source>
        <translation>The workbook has no sheet “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="198"/>
        <source>The file has no column “%1”.</source>
        <translation>The file has no column “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="199"/>
        <source>The file is a link (to %1). Links are not followed: choose the file itself.</source>
        <translation>The file is a link (to %1). Links are not followed: choose the file itself.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="202"/>
        <source>You are not allowed to read this file, or the system refused to open it.</source>
        <translation>You are not allowed to read this file, or the system refused to open it.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="204"/>
        <source>Line %1 cannot be read in any encoding SMS Desk supports (UTF-8, GBK/GB18030, Big5, UTF-16). The file may be damaged or mix encodings: save it again as UTF-8.</source>
        <translation>Line %1 cannot be read in any encoding SMS Desk supports (UTF-8, GBK/GB18030, Big5, UTF-16). The file may be damaged or mix encodings: save it again as UTF-8.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="208"/>
        <source>The file reads as %1, but its characters look wrong: it may be in an encoding SMS Desk does not support (such as Shift-JIS or a Windows code page). Choose its encoding, or save it as UTF-8.</source>
        <translation>The file reads as %1, but its characters look wrong: it may be in an encoding SMS Desk does not support (such as Shift-JIS or a Windows code page). Choose its encoding, or save it as UTF-8.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="211"/>
        <source>%1 holds a NUL character (binary data), which cannot be imported.</source>
        <translation>%1 holds a NUL character (binary data), which cannot be imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="213"/>
        <source>Line %1 is longer than %2; the lines of a table are far shorter. Is this the right file?</source>
        <translation>Line %1 is longer than %2; the lines of a table are far shorter. Is this the right file?</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="218"/>
        <source>%1 holds a cell longer than %2 characters (Excel&apos;s own limit), or a quote that is never closed.</source>
        <translation>%1 holds a cell longer than %2 characters (Excel&apos;s own limit), or a quote that is never closed.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="222"/>
        <source>%1 goes beyond the limit of %2 columns.</source>
        <translation>%1 goes beyond the limit of %2 columns.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="225"/>
        <source>The file has more than %1 cells. Split it into smaller files.</source>
        <translation>The file has more than %1 cells. Split it into smaller files.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="229"/>
        <source>The workbook unpacks to far more data than a workbook of its size holds (the limit is %1): it may be damaged or built to exhaust memory.</source>
        <translation>The workbook unpacks to far more data than a workbook of its size holds (the limit is %1): it may be damaged or built to exhaust memory.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="232"/>
        <source>Reading the workbook failed: it may be damaged or built to exhaust memory.</source>
        <translation>Reading the workbook failed: it may be damaged or built to exhaust memory.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="234"/>
        <source>The file cannot be imported.</source>
        <translation>The file cannot be imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="240"/>
        <source>Cell %1 of sheet “%2”</source>
        <translation>Cell %1 of sheet “%2”</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="241"/>
        <source>Cell %1</source>
        <translation>Cell %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="245"/>
        <source>Row %1, column %2 of sheet “%3”</source>
        <translation>Row %1, column %2 of sheet “%3”</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="247"/>
        <source>Row %1, column %2</source>
        <translation>Row %1, column %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="251"/>
        <source>Row %1 of sheet “%2”</source>
        <translation>Row %1 of sheet “%2”</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="252"/>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="252"/>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="254"/>
        <source>Sheet “%1”</source>
        <translation>Sheet “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="255"/>
        <source>The file</source>
        <translation>The file</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="25"/>
        <source>Too many failed sign-ins on this computer: the account is locked here for a while. Try again later.</source>
        <translation>Too many failed sign-ins on this computer: the account is locked here for a while. Try again later.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="81"/>
        <source>The disk is full. Free some space or choose another drive; no file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="82"/>
        <source>Export to a file ending in .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="85"/>
        <source>Enter at least the last 4 digits of the number (up to the whole number, 15 digits at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="87"/>
        <source>Enter at least 2 characters of the content to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="88"/>
        <source>A content search takes at most 200 characters. Shorten the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="89"/>
        <source>The end of the time range is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyReportPage</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/monthly_page.py" line="20"/>
        <source>Monthly report</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/monthly_page.py" line="23"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>MoveGroupDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="121"/>
        <source>Move group</source>
        <translation>Move group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="125"/>
        <source>Move “%1” with its sub-groups, users and balance under:</source>
        <translation>Move “%1” with its sub-groups, users and balance under:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="138"/>
        <source>Greyed groups cannot take it: the group itself, the groups below it and those outside your part of the organisation.</source>
        <translation>Greyed groups cannot take it: the group itself, the groups below it and those outside your part of the organisation.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="157"/>
        <source>Choose the group to move it under.</source>
        <translation>Choose the group to move it under.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="159"/>
        <source>It is already there. Choose another group.</source>
        <translation>It is already there. Choose another group.</translation>
    </message>
</context>
<context>
    <name>NewCheckPage</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="57"/>
        <source>Check at</source>
        <translation>Check at</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="68"/>
        <source>(otherwise now)</source>
        <translation>(otherwise now)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="70"/>
        <source>Also look up live status (empty, suspended, powered off, active)</source>
        <translation>Also look up live status (empty, suspended, powered off, active)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="76"/>
        <source>Check name</source>
        <translation>Check name</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="77"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="78"/>
        <source>Live status</source>
        <translation>Live status</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="80"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="87"/>
        <source>Type or paste numbers, separated by commas, spaces, semicolons or lines</source>
        <translation>Type or paste numbers, separated by commas, spaces, semicolons or lines</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="92"/>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="107"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="103"/>
        <source>No file</source>
        <translation>No file</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="104"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="111"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="115"/>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="136"/>
        <source>Phone column</source>
        <translation>Phone column</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="141"/>
        <source>Add contact group…</source>
        <translation>Add contact group…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="144"/>
        <source>Clear address-book picks</source>
        <translation>Clear address-book picks</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="151"/>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="154"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="157"/>
        <source>Address book</source>
        <translation>Address book</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="159"/>
        <source>Numbers to check</source>
        <translation>Numbers to check</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="166"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="173"/>
        <source>Check numbers</source>
        <translation>Check numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="177"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="204"/>
        <source>No status provider is configured: an administrator of the top-level group sets one up.</source>
        <translation>No status provider is configured: an administrator of the top-level group sets one up.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="207"/>
        <source>Statuses come from the trial&apos;s simulator, not from the carriers.</source>
        <translation>Statuses come from the trial&apos;s simulator, not from the carriers.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="209"/>
        <source>Looked up by the dispatcher; results fill in as they arrive.</source>
        <translation>Looked up by the dispatcher; results fill in as they arrive.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="235"/>
        <source>A pasted list of about %Ln line(s)</source>
        <translation>
            <numerusform>A pasted list of about %Ln line</numerusform>
            <numerusform>A pasted list of about %Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="290"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="338"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="250"/>
        <source>Choose a file of numbers</source>
        <translation>Choose a file of numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="250"/>
        <source>Tables (%1)</source>
        <translation>Tables (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="271"/>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="318"/>
        <source>Check a contact group</source>
        <translation>Check a contact group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="341"/>
        <source>groups (with sub-groups): %1</source>
        <translation>groups (with sub-groups): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="342"/>
        <source>Nothing picked from the address book</source>
        <translation>Nothing picked from the address book</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="348"/>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="401"/>
        <source>There is no number to check: type some, choose a file or pick contacts.</source>
        <translation>There is no number to check: type some, choose a file or pick contacts.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="351"/>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="405"/>
        <source>The scheduled time is in the past.</source>
        <translation>The scheduled time is in the past.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="357"/>
        <source>Checking the numbers…</source>
        <translation>Checking the numbers…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="376"/>
        <source>Cancelled: nothing was saved.</source>
        <translation>Cancelled: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="380"/>
        <source>Check saved: %1, %2, %3, %4.</source>
        <translation>Check saved: %1, %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="381"/>
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="382"/>
        <source>%Ln valid</source>
        <comment>numbers</comment>
        <translation>
            <numerusform>%Ln valid</numerusform>
            <numerusform>%Ln valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="383"/>
        <source>%Ln invalid</source>
        <comment>numbers</comment>
        <translation>
            <numerusform>%Ln invalid</numerusform>
            <numerusform>%Ln invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="384"/>
        <source>%Ln duplicate(s)</source>
        <comment>numbers</comment>
        <translation>
            <numerusform>%Ln duplicate</numerusform>
            <numerusform>%Ln duplicates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="394"/>
        <source>Number check</source>
        <translation>Number check</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="403"/>
        <source>The file holds no numbers.</source>
        <translation>The file holds no numbers.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="404"/>
        <source>A check takes at most 5,000,000 numbers.</source>
        <translation>A check takes at most 5,000,000 numbers.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="406"/>
        <source>A check&apos;s name is at most 200 characters.</source>
        <translation>A check&apos;s name is at most 200 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="407"/>
        <source>No cell of this column holds a phone number: choose the phone column.</source>
        <translation>No cell of this column holds a phone number: choose the phone column.</translation>
    </message>
</context>
<context>
    <name>NumberCheckLabels</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="10"/>
        <source>China Mobile</source>
        <translation>China Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="11"/>
        <source>China Unicom</source>
        <translation>China Unicom</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="12"/>
        <source>China Telecom</source>
        <translation>China Telecom</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="13"/>
        <source>China Broadnet</source>
        <translation>China Broadnet</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="14"/>
        <source>Virtual operator</source>
        <translation>Virtual operator</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="15"/>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="23"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="20"/>
        <source>Virtual operator (%1)</source>
        <translation>Virtual operator (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="28"/>
        <source>Empty (no such number)</source>
        <translation>Empty (no such number)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="29"/>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="30"/>
        <source>Powered off</source>
        <translation>Powered off</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="31"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="32"/>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="38"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="33"/>
        <source>Looking up…</source>
        <translation>Looking up…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="34"/>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="80"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="43"/>
        <source>Empty cell</source>
        <translation>Empty cell</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="44"/>
        <source>Not a number</source>
        <translation>Not a number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="45"/>
        <source>Characters no phone number has</source>
        <translation>Characters no phone number has</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="46"/>
        <source>Digits lost in Excel&apos;s scientific notation</source>
        <translation>Digits lost in Excel&apos;s scientific notation</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="47"/>
        <source>Too short</source>
        <translation>Too short</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="48"/>
        <source>Too long</source>
        <translation>Too long</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="49"/>
        <source>No mobile number starts like this</source>
        <translation>No mobile number starts like this</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="50"/>
        <source>Unknown country code</source>
        <translation>Unknown country code</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="51"/>
        <source>No such number</source>
        <translation>No such number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="52"/>
        <source>Not a mobile number</source>
        <translation>Not a mobile number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="53"/>
        <source>The contact has no mobile number</source>
        <translation>The contact has no mobile number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="55"/>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="95"/>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="61"/>
        <source>Global blacklist</source>
        <translation>Global blacklist</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="65"/>
        <source>verification codes</source>
        <translation>verification codes</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="66"/>
        <source>notifications</source>
        <translation>notifications</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="67"/>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="68"/>
        <source>alerts</source>
        <translation>alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="70"/>
        <source>Blacklist for %1</source>
        <translation>Blacklist for %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="72"/>
        <source>Blacklist of %1</source>
        <translation>Blacklist of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="78"/>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="79"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="86"/>
        <source>Typed</source>
        <translation>Typed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="87"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="88"/>
        <source>Address book</source>
        <translation>Address book</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="94"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="96"/>
        <source>Blacklisted</source>
        <translation>Blacklisted</translation>
    </message>
</context>
<context>
    <name>NumberCheckTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/numbercheck_tab.py" line="25"/>
        <source>New check</source>
        <translation>New check</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/numbercheck_tab.py" line="26"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/numbercheck_tab.py" line="27"/>
        <source>Results query</source>
        <translation>Results query</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/numbercheck_tab.py" line="35"/>
        <source>Number check</source>
        <translation>Number check</translation>
    </message>
</context>
<context>
    <name>OrgDialogs</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="72"/>
        <source>A group name has 1 to 100 characters and no “/”.</source>
        <translation>A group name has 1 to 100 characters and no “/”.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="200"/>
        <source>A password has at least %1 characters.</source>
        <translation>A password has at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="204"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="189"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="189"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="190"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="190"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="193"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="194"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="198"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="199"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="200"/>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="410"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="201"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="202"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="203"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="410"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="206"/>
        <source>Full numbers</source>
        <translation>Full numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="208"/>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="209"/>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="210"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="212"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="261"/>
        <source>Include sub-groups</source>
        <translation>Include sub-groups</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="386"/>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="911"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="410"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="242"/>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="410"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="192"/>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="204"/>
        <source>Tasks reviewed</source>
        <translation>Tasks reviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="233"/>
        <source>Search users by login, name, group, mobile…</source>
        <translation>Search users by login, name, group, mobile…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="240"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="241"/>
        <source>Administrators</source>
        <translation>Administrators</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="243"/>
        <source>Reviewers</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="249"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="250"/>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="251"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="258"/>
        <source>Current users</source>
        <translation>Current users</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="259"/>
        <source>Deleted users</source>
        <translation>Deleted users</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="269"/>
        <source>Add sub-group…</source>
        <translation>Add sub-group…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="270"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="271"/>
        <source>Move to…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="272"/>
        <source>Delete group</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="273"/>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="293"/>
        <source>Top up…</source>
        <translation>Top up…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="274"/>
        <source>Give back…</source>
        <translation>Give back…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="275"/>
        <source>Review its tasks</source>
        <translation>Review its tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="291"/>
        <source>Add user…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="292"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="294"/>
        <source>Take back…</source>
        <translation>Take back…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="295"/>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="779"/>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="296"/>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="297"/>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="638"/>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="794"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="298"/>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="299"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="300"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="301"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="418"/>
        <source>Above your group: shown for its path only</source>
        <translation>Above your group: shown for its path only</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="425"/>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="425"/>
        <source>trust</source>
        <translation>trust</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="509"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="512"/>
        <source>%1 of %Ln user(s)</source>
        <translation>
            <numerusform>%1 of %Ln user</numerusform>
            <numerusform>%1 of %Ln users</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="586"/>
        <source>Add sub-group</source>
        <translation>Add sub-group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="602"/>
        <source>Rename group</source>
        <translation>Rename group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="622"/>
        <source>Move “%1” with its sub-groups, users and balance under “%2”?</source>
        <translation>Move “%1” with its sub-groups, users and balance under “%2”?</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="625"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="635"/>
        <source>Delete group “%1”? Its history (tasks, quota movements) is kept.</source>
        <translation>Delete group “%1”? Its history (tasks, quota movements) is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="649"/>
        <source>Add segments to the top-level group “%1” (it holds %2).</source>
        <translation>Add segments to the top-level group “%1” (it holds %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="653"/>
        <source>Move segments from “%1” to “%2” (which holds %3).</source>
        <translation>Move segments from “%1” to “%2” (which holds %3).</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="657"/>
        <source>Top up group</source>
        <translation>Top up group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="667"/>
        <source>Give unallocated segments of “%1” back to “%2”.</source>
        <translation>Give unallocated segments of “%1” back to “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="671"/>
        <source>Give back quota</source>
        <translation>Give back quota</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="745"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="755"/>
        <source>Give each of %1 segments from their group&apos;s balance.</source>
        <translation>Give each of %1 segments from their group&apos;s balance.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="756"/>
        <source>Top up quota</source>
        <translation>Top up quota</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="764"/>
        <source>Give unused segments of %1 back to their group.</source>
        <translation>Give unused segments of %1 back to their group.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="765"/>
        <source>Take back quota</source>
        <translation>Take back quota</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="776"/>
        <source>Disable %1? They are signed out now and cannot sign in until enabled.</source>
        <translation>Disable %1? They are signed out now and cannot sign in until enabled.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="792"/>
        <source>Delete %1? They cannot sign in; their history is kept and they can be restored under Deleted users.</source>
        <translation>Delete %1? They cannot sign in; their history is kept and they can be restored under Deleted users.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="808"/>
        <source>Restore users</source>
        <translation>Restore users</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="809"/>
        <source>The group of %1 was deleted. Restore into:</source>
        <translation>The group of %1 was deleted. Restore into:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="828"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="829"/>
        <source>A new password for %1. They must choose their own when they next sign in.</source>
        <translation>A new password for %1. They must choose their own when they next sign in.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="843"/>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="880"/>
        <source>Import users</source>
        <translation>Import users</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="843"/>
        <source>Tables (*.csv *.txt *.xlsx *.xls)</source>
        <translation>Tables (*.csv *.txt *.xlsx *.xls)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="882"/>
        <source>%n user(s) imported. What happened to each row is in %1.</source>
        <translation>
            <numerusform>%n user imported. What happened to each row is in %1.</numerusform>
            <numerusform>%n users imported. What happened to each row is in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="892"/>
        <source>Export users</source>
        <translation>Export users</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="892"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="902"/>
        <source>%n user(s) exported to %1</source>
        <translation>
            <numerusform>%n user exported to %1</numerusform>
            <numerusform>%n users exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="131"/>
        <source>Group balance to allocate:</source>
        <translation>Group balance to allocate:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="71"/>
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="75"/>
        <source>Refresh</source>
        <translation type="unfinished">Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="77"/>
        <source>PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="79"/>
        <source>A printable report of this period: the figures and every chart shown, each with its table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="83"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="104"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="112"/>
        <source>Waiting for your approval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="113"/>
        <source>Your tasks awaiting review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="127"/>
        <source>Your quota left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="139"/>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="140"/>
        <source>Low quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="249"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="318"/>
        <source>The range ends before it starts: choose the dates again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="326"/>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="376"/>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="379"/>
        <source>%Ln task(s), %2 templates</source>
        <translation>
            <numerusform>%Ln task, %2 templates</numerusform>
            <numerusform>%Ln tasks, %2 templates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="389"/>
        <source>No channels are set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="397"/>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="399"/>
        <source>failed %1 in the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="406"/>
        <source>Nobody is running out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="409"/>
        <source>%1: %2 of %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="412"/>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="424"/>
        <source>%p% used</source>
        <translation>%p% used</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="434"/>
        <source>Message detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="435"/>
        <source>The message detail is not available in this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="446"/>
        <source>Delivery report %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="448"/>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="448"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="363"/>
        <source>New &amp;password:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="364"/>
        <source>Password &amp;again:</source>
        <translation>Password &amp;again:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="365"/>
        <source>At least %Ln character(s).</source>
        <translation>
            <numerusform>At least %Ln character.</numerusform>
            <numerusform>At least %Ln characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="52"/>
        <source>Delivery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="56"/>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="57"/>
        <source>Scope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="58"/>
        <source>Prepared by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="64"/>
        <source>Sent</source>
        <translation type="unfinished">Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="64"/>
        <source>Delivered</source>
        <translation type="unfinished">Delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="64"/>
        <source>Failed</source>
        <translation type="unfinished">Failed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="65"/>
        <source>Pending</source>
        <translation type="unfinished">Pending</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="65"/>
        <source>Cost</source>
        <translation type="unfinished">Cost</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="68"/>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="68"/>
        <source>A week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="90"/>
        <source>%Ln more row(s): export the chart&apos;s data for all of them</source>
        <translation>
            <numerusform>%Ln more row: export the chart&apos;s data for all of them</numerusform>
            <numerusform>%Ln more rows: export the chart&apos;s data for all of them</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="94"/>
        <source>No messages in this range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeaksPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="209"/>
        <source>Dark: none · bright: %Ln message(s)</source>
        <translation>
            <numerusform>Dark: none · bright: %Ln message</numerusform>
            <numerusform>Dark: none · bright: %Ln messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="219"/>
        <source>Hour of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="229"/>
        <source>%1 %2:00-%3:00
Messages: %4 (%5 of the range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="235"/>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhraseDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="76"/>
        <source>Edit phrase</source>
        <translation>Edit phrase</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="76"/>
        <source>New phrase</source>
        <translation>New phrase</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="81"/>
        <source>Phrase:</source>
        <translation>Phrase:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="89"/>
        <source>%1 of at most %2</source>
        <comment>characters typed of the limit</comment>
        <translation>%1 of at most %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="91"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhraseGroupDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="56"/>
        <source>Rename phrase group</source>
        <translation>Rename phrase group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="56"/>
        <source>New phrase group</source>
        <translation>New phrase group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="60"/>
        <source>Public: shared with everyone in my user group</source>
        <translation>Public: shared with everyone in my user group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="64"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>PhrasePicker</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/phrase_picker.py" line="43"/>
        <source>Filter phrases…</source>
        <translation>Filter phrases…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/phrase_picker.py" line="49"/>
        <source>Double-click a phrase to insert it</source>
        <translation>Double-click a phrase to insert it</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/phrase_picker.py" line="72"/>
        <source>Public phrases</source>
        <translation>Public phrases</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/phrase_picker.py" line="72"/>
        <source>My phrases</source>
        <translation>My phrases</translation>
    </message>
</context>
<context>
    <name>PhrasesSection</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="110"/>
        <source>Search phrases…</source>
        <translation>Search phrases…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="112"/>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="114"/>
        <source>New phrase</source>
        <translation>New phrase</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="116"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="117"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="121"/>
        <source>Phrase groups</source>
        <translation>Phrase groups</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="122"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="123"/>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="128"/>
        <source>Phrase</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="129"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="130"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="132"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="187"/>
        <source>Phrases</source>
        <translation>Phrases</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="243"/>
        <source>%n phrase(s)</source>
        <translation>
            <numerusform>%n phrase</numerusform>
            <numerusform>%n phrases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="311"/>
        <source>Delete the phrase “%1”?</source>
        <translation>Delete the phrase “%1”?</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="318"/>
        <source>Delete the group “%1” and %2?</source>
        <translation>Delete the group “%1” and %2?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="319"/>
        <source>its %Ln phrase(s)</source>
        <translation>
            <numerusform>its %Ln phrase</numerusform>
            <numerusform>its %Ln phrases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="44"/>
        <source>Price list</source>
        <translation>Price list</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="56"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="57"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="58"/>
        <source>Price per segment</source>
        <translation>Price per segment</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="59"/>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="60"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="70"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="153"/>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="76"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="167"/>
        <source>Any carrier</source>
        <translation>Any carrier</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="82"/>
        <source>e.g. 0.045</source>
        <translation>e.g. 0.045</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="90"/>
        <source>Add price</source>
        <translation>Add price</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="92"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="99"/>
        <source>¥ per segment</source>
        <translation>¥ per segment</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="101"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="115"/>
        <source>The most specific price wins: a kind and carrier, then the kind, then the carrier, then any. Each task keeps the prices in force when it was submitted, so past costs never change.</source>
        <translation>The most specific price wins: a kind and carrier, then the kind, then the carrier, then any. Each task keeps the prices in force when it was submitted, so past costs never change.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="119"/>
        <source>Only administrators of the top-level group change prices.</source>
        <translation>Only administrators of the top-level group change prices.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="148"/>
        <source>Number status lookup (per number)</source>
        <translation>Number status lookup (per number)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="169"/>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="170"/>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="173"/>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="221"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>QueryPage</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="36"/>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="45"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="49"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="54"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="56"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="58"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="63"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="64"/>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="66"/>
        <source>Status found</source>
        <translation>Status found</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="75"/>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="86"/>
        <source>Enter a number to see every check that looked at it.</source>
        <translation>Enter a number to see every check that looked at it.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="96"/>
        <source>Results: %1</source>
        <translation>Results: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="97"/>
        <source>No check looked at this number in that time.</source>
        <translation>No check looked at this number in that time.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="101"/>
        <source>That is not a phone number.</source>
        <translation>That is not a phone number.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="103"/>
        <source>Number check</source>
        <translation>Number check</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="108"/>
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="109"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="116"/>
        <source>Exported: %Ln row(s)</source>
        <translation>
            <numerusform>Exported: %Ln row</numerusform>
            <numerusform>Exported: %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="192"/>
        <source>Search name, content or submitter</source>
        <translation>Search name, content or submitter</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="196"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="201"/>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="234"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="236"/>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="257"/>
        <source>Content (sensitive words highlighted)</source>
        <translation>Content (sensitive words highlighted)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="394"/>
        <source>%1 waiting</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="425"/>
        <source>Sensitive words: %1</source>
        <translation>Sensitive words: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="429"/>
        <source>No sensitive words found.</source>
        <translation>No sensitive words found.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="464"/>
        <source>SMS Desk</source>
        <translation>SMS Desk</translation>
    </message>
</context>
<context>
    <name>RatesPanel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="248"/>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="316"/>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="249"/>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="316"/>
        <source>Failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="303"/>
        <source>Success rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="304"/>
        <source>Failure rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="305"/>
        <source>Messages: %1, delivered %2, failed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="315"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="315"/>
        <source>Messages</source>
        <translation type="unfinished">Messages</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="95"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="111"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="98"/>
        <source>Why is %1 rejected? The submitter will see this reason.</source>
        <translation>Why is %1 rejected? The submitter will see this reason.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="103"/>
        <source>For example: the offer is not verified; add how to unsubscribe.</source>
        <translation>For example: the offer is not verified; add how to unsubscribe.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="124"/>
        <source>A rejection needs a reason.</source>
        <translation>A rejection needs a reason.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="126"/>
        <source>A reason has at most %Ln character(s).</source>
        <translation>
            <numerusform>A reason has at most %Ln character.</numerusform>
            <numerusform>A reason has at most %Ln characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepliesPage</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="53"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="293"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="302"/>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="71"/>
        <source>Task no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="76"/>
        <source>Number or its last 4+ digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="80"/>
        <source>Text sent contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="84"/>
        <source>Reply contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="88"/>
        <source>Matched or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="89"/>
        <source>Matched to a send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="90"/>
        <source>Matched nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="91"/>
        <source>Opt-outs only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="93"/>
        <source>Search</source>
        <translation type="unfinished">Search</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="98"/>
        <source>From</source>
        <translation type="unfinished">From</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="100"/>
        <source>To</source>
        <translation type="unfinished">To</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="113"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="299"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="114"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="299"/>
        <source>Number</source>
        <translation type="unfinished">Number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="115"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="299"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="116"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="300"/>
        <source>Opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="117"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="300"/>
        <source>User</source>
        <translation type="unfinished">User</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="118"/>
        <source>(matched nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="119"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="301"/>
        <source>Group</source>
        <translation type="unfinished">Group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="120"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="301"/>
        <source>Task</source>
        <translation type="unfinished">Task</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="122"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="301"/>
        <source>Kind</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="123"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="302"/>
        <source>Text sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="124"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="302"/>
        <source>Sent</source>
        <translation type="unfinished">Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="139"/>
        <source>Load more</source>
        <translation type="unfinished">Load more</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="142"/>
        <source>Delete…</source>
        <translation type="unfinished">Delete…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="146"/>
        <source>Export…</source>
        <translation type="unfinished">Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="176"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="224"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="240"/>
        <source>No reply matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="242"/>
        <source>%Ln reply(-ies) shown, newest first; more match.</source>
        <translation>
            <numerusform>%Ln reply shown, newest first; more match.</numerusform>
            <numerusform>%Ln replies shown, newest first; more match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="244"/>
        <source>%Ln reply(-ies): all that match.</source>
        <translation>
            <numerusform>%Ln reply: all that match.</numerusform>
            <numerusform>%Ln replies: all that match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="269"/>
        <source>Delete %Ln selected reply(-ies)? This is recorded in the audit log.</source>
        <translation>
            <numerusform>Delete %Ln selected reply? This is recorded in the audit log.</numerusform>
            <numerusform>Delete %Ln selected replies? This is recorded in the audit log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="279"/>
        <source>%Ln reply(-ies) deleted.</source>
        <translation>
            <numerusform>%Ln reply deleted.</numerusform>
            <numerusform>%Ln replies deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="268"/>
        <source>Delete replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="293"/>
        <source>Export replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="300"/>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="303"/>
        <source>yes</source>
        <translation type="unfinished">yes</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="303"/>
        <source>no</source>
        <translation type="unfinished">no</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/reports_tab.py" line="21"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResendDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="40"/>
        <source>Resend failed numbers</source>
        <translation>Resend failed numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="42"/>
        <source>Resend: %1</source>
        <translation>Resend: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="45"/>
        <source>Leave out numbers that failed as invalid or blacklisted</source>
        <translation>Leave out numbers that failed as invalid or blacklisted</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="49"/>
        <source>%Ln number(s) of “%1” failed. A new task with the same kind, content and signature sends to them now; its quota is reserved as for any task.</source>
        <translation>
            <numerusform>%Ln number of “%1” failed. A new task with the same kind, content and signature sends to it now; its quota is reserved as for any task.</numerusform>
            <numerusform>%Ln numbers of “%1” failed. A new task with the same kind, content and signature sends to them now; its quota is reserved as for any task.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="55"/>
        <source>Task name:</source>
        <translation>Task name:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="58"/>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
</context>
<context>
    <name>RollupReportPage</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="60"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="65"/>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="68"/>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="73"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="78"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="80"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="101"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="207"/>
        <source>The last day comes before the first day.</source>
        <translation>The last day comes before the first day.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="209"/>
        <source>A report covers at most %1 years.</source>
        <translation>A report covers at most %1 years.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="234"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="271"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="320"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="277"/>
        <source>Nothing was sent in this range.</source>
        <translation>Nothing was sent in this range.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="281"/>
        <source>%1 rows, %2 to %3 (Beijing time)</source>
        <translation>%1 rows, %2 to %3 (Beijing time)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="306"/>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
</context>
<context>
    <name>RoutesDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/routes_dialog.py" line="43"/>
        <source>Routes of %1</source>
        <translation>Routes of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/routes_dialog.py" line="45"/>
        <source>Carriers (none ticked: every carrier)</source>
        <translation>Carriers (none ticked: every carrier)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/routes_dialog.py" line="54"/>
        <source>Other carriers, separated by commas</source>
        <translation>Other carriers, separated by commas</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/routes_dialog.py" line="58"/>
        <source>Message kinds (none ticked: every kind)</source>
        <translation>Message kinds (none ticked: every kind)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/routes_dialog.py" line="72"/>
        <source>(no backup)</source>
        <translation>(no backup)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/routes_dialog.py" line="79"/>
        <source>Priority (smaller goes first):</source>
        <translation>Priority (smaller goes first):</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/routes_dialog.py" line="80"/>
        <source>Backup channel while this one is down:</source>
        <translation>Backup channel while this one is down:</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/section.py" line="109"/>
        <location filename="../../desktop/smsdesk/ui/tabs/library/section.py" line="122"/>
        <location filename="../../desktop/smsdesk/ui/tabs/library/section.py" line="222"/>
        <source>SMS Desk</source>
        <translation>SMS Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/section.py" line="207"/>
        <source>Tables (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.xlsb *.ods)</source>
        <translation>Tables (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.xlsb *.ods)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/section.py" line="208"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/section.py" line="220"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/section.py" line="241"/>
        <source>%1 of %2 stored…</source>
        <translation>%1 of %2 stored…</translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/send_tab.py" line="38"/>
        <source>Compose</source>
        <translation>Compose</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/send_tab.py" line="45"/>
        <source>Template send</source>
        <translation>Template send</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/send_tab.py" line="53"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>SettingsLabels</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="17"/>
        <source>Only administrators of the top-level group change installation settings.</source>
        <translation>Only administrators of the top-level group change installation settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="19"/>
        <source>The opt-out suffix has 1 to 20 characters.</source>
        <translation>The opt-out suffix has 1 to 20 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="21"/>
        <source>Marketing hours need a start and a later end (HH:MM) and a time zone.</source>
        <translation>Marketing hours need a start and a later end (HH:MM) and a time zone.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="23"/>
        <source>That time zone is unknown. Choose one from the list.</source>
        <translation>That time zone is unknown. Choose one from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="25"/>
        <source>A content limit is a whole number of characters from 10 to 1000.</source>
        <translation>A content limit is a whole number of characters from 10 to 1000.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="28"/>
        <source>Sensitive words are either replaced or refused.</source>
        <translation>Sensitive words are either replaced or refused.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="31"/>
        <source>Retention is a whole number of months from 0 (keep everything) to 1200.</source>
        <translation>Retention is a whole number of months from 0 (keep everything) to 1200.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="34"/>
        <source>The minimum password length is 6 to 64, failures before lockout 0 to 100 (0: never), and the lockout lasts 1 to 1440 minutes.</source>
        <translation>The minimum password length is 6 to 64, failures before lockout 0 to 100 (0: never), and the lockout lasts 1 to 1440 minutes.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="37"/>
        <source>The price list needs a default price.</source>
        <translation>The price list needs a default price.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="39"/>
        <source>A price is an amount of 0 or more with at most 4 decimals, such as 0.045.</source>
        <translation>A price is an amount of 0 or more with at most 4 decimals, such as 0.045.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="41"/>
        <source>The price list names an unknown message kind.</source>
        <translation>The price list names an unknown message kind.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="42"/>
        <source>A carrier name has 1 to 32 characters.</source>
        <translation>A carrier name has 1 to 32 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="43"/>
        <source>The simulator&apos;s delay is 0 to 10000 milliseconds.</source>
        <translation>The simulator&apos;s delay is 0 to 10000 milliseconds.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="44"/>
        <source>The simulator&apos;s reply rate is 0 to 100%.</source>
        <translation>The simulator&apos;s reply rate is 0 to 100%.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="45"/>
        <source>An outcome&apos;s weight is a number from 0 to 1000.</source>
        <translation>An outcome&apos;s weight is a number from 0 to 1000.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="47"/>
        <source>Give at least one outcome a weight above 0.</source>
        <translation>Give at least one outcome a weight above 0.</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="73"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="75"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="81"/>
        <source>Replace them with asterisks and send</source>
        <translation>Replace them with asterisks and send</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="82"/>
        <source>Refuse the message</source>
        <translation>Refuse the message</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="83"/>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="103"/>
        <source> characters</source>
        <translation> characters</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="85"/>
        <source>Marketing hours</source>
        <translation>Marketing hours</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="87"/>
        <source>Marketing messages go out:</source>
        <translation>Marketing messages go out:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="88"/>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="91"/>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="93"/>
        <source>Opt-out suffix of marketing messages:</source>
        <translation>Opt-out suffix of marketing messages:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="94"/>
        <source>Sensitive words in a message:</source>
        <translation>Sensitive words in a message:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="96"/>
        <source>%1, at most:</source>
        <translation>%1, at most:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="101"/>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="102"/>
        <source>Keep everything</source>
        <translation>Keep everything</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="104"/>
        <source> failed sign-ins</source>
        <translation> failed sign-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="105"/>
        <source>Never lock</source>
        <translation>Never lock</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="106"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="107"/>
        <source>Records and sign-in</source>
        <translation>Records and sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="115"/>
        <source>Shortest password:</source>
        <translation>Shortest password:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="116"/>
        <source>Lock an account after:</source>
        <translation>Lock an account after:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="117"/>
        <source>Lock it for:</source>
        <translation>Lock it for:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="122"/>
        <source>Prices per message segment</source>
        <translation>Prices per message segment</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="137"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="138"/>
        <source>Its own default</source>
        <translation>Its own default</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="139"/>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="234"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="140"/>
        <source>Its users send with</source>
        <translation>Its users send with</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="141"/>
        <source>Signatures of the group</source>
        <translation>Signatures of the group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="154"/>
        <source>Choose default signature…</source>
        <translation>Choose default signature…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="156"/>
        <source>Default signature per group</source>
        <translation>Default signature per group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="158"/>
        <source>A group without a default of its own uses the nearest one above it; a group never uses another branch&apos;s. Add signatures in the Library tab.</source>
        <translation>A group without a default of its own uses the nearest one above it; a group never uses another branch&apos;s. Add signatures in the Library tab.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="169"/>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="171"/>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="207"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="236"/>
        <source>【%1】 from %2</source>
        <translation>【%1】 from %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="312"/>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="338"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="345"/>
        <source>Saved: the new settings apply from now on.</source>
        <translation>Saved: the new settings apply from now on.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="332"/>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="351"/>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="109"/>
        <source>Keep message details for:</source>
        <translation>Keep message details for:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="110"/>
        <source>Older tasks, messages, receipts and replies are deleted every day by the dispatcher; reports and charts keep their totals.</source>
        <translation>Older tasks, messages, receipts and replies are deleted every day by the dispatcher; reports and charts keep their totals.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="323"/>
        <source>Keep message details for %n month(s)</source>
        <translation>
            <numerusform>Keep message details for %n month</numerusform>
            <numerusform>Keep message details for %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="324"/>
        <source>Tasks, messages, receipts and replies older than %n month(s) will be deleted for good, starting within a minute. Reports and charts keep their totals.</source>
        <translation>
            <numerusform>Tasks, messages, receipts and replies older than %n month will be deleted for good, starting within a minute. Reports and charts keep their totals.</numerusform>
            <numerusform>Tasks, messages, receipts and replies older than %n months will be deleted for good, starting within a minute. Reports and charts keep their totals.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="329"/>
        <source>Delete older details</source>
        <translation>Delete older details</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="123"/>
        <source>By kind and carrier, each from the date it takes effect.</source>
        <translation>By kind and carrier, each from the date it takes effect.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="124"/>
        <source>A task keeps the prices in force when it was submitted.</source>
        <translation>A task keeps the prices in force when it was submitted.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="125"/>
        <source>Price list…</source>
        <translation>Price list…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="174"/>
        <source>SMS Desk: sign in</source>
        <translation>SMS Desk: sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="175"/>
        <source>SMS Desk</source>
        <translation>SMS Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="176"/>
        <source>Enterprise SMS console, version %1</source>
        <translation>Enterprise SMS console, version %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="177"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="179"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="181"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="182"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="183"/>
        <source>Remember my login</source>
        <translation>Remember my login</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="184"/>
        <source>Remember my password in the system keyring</source>
        <translation>Remember my password in the system keyring</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="186"/>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="234"/>
        <source>No system keyring is available on this computer.</source>
        <translation>No system keyring is available on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="187"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="188"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="189"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="190"/>
        <source>This local database has no users yet.</source>
        <translation>This local database has no users yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="191"/>
        <source>Create administrator…</source>
        <translation>Create administrator…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="192"/>
        <source>Try the demo</source>
        <translation>Try the demo</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="202"/>
        <source>Embedded database on this computer</source>
        <translation>Embedded database on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="208"/>
        <source>set on the command line</source>
        <translation>set on the command line</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="209"/>
        <source>set by SMSDESK_DATABASE_URL</source>
        <translation>set by SMSDESK_DATABASE_URL</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="210"/>
        <source>set by IT for this computer</source>
        <translation>set by IT for this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="244"/>
        <source>Starting the local database…</source>
        <translation>Starting the local database…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="271"/>
        <source>Enter your login and password.</source>
        <translation>Enter your login and password.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="274"/>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="305"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="297"/>
        <source>Choose a new password</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="298"/>
        <source>Your administrator reset your password. Choose your own to continue.</source>
        <translation>Your administrator reset your password. Choose your own to continue.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="317"/>
        <source>Your password was reset: choose a new one to sign in.</source>
        <translation>Your password was reset: choose a new one to sign in.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="365"/>
        <source>Creating the administrator…</source>
        <translation>Creating the administrator…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="391"/>
        <source>Preparing the demo organisation…</source>
        <translation>Preparing the demo organisation…</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="19"/>
        <source>Edit signature</source>
        <translation>Edit signature</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="19"/>
        <source>New signature</source>
        <translation>New signature</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="29"/>
        <source>【Company】: 2 to 8 characters</source>
        <translation>【Company】: 2 to 8 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="32"/>
        <source>User group:</source>
        <translation>User group:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="33"/>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="44"/>
        <source>Messages will start with %1 (%Ln character(s) counted)</source>
        <translation>
            <numerusform>Messages will start with %1 (%Ln character counted)</numerusform>
            <numerusform>Messages will start with %1 (%Ln characters counted)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="50"/>
        <source>You administer no user group.</source>
        <translation>You administer no user group.</translation>
    </message>
</context>
<context>
    <name>SignaturesSection</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="61"/>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="65"/>
        <source>Filter signatures or groups…</source>
        <translation>Filter signatures or groups…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="67"/>
        <source>New signature</source>
        <translation>New signature</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="69"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="70"/>
        <source>Make default</source>
        <translation>Make default</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="72"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="73"/>
        <source>Signatures are managed by administrators. You send under your group&apos;s default.</source>
        <translation>Signatures are managed by administrators. You send under your group&apos;s default.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="79"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="80"/>
        <source>Characters</source>
        <translation>Characters</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="81"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="82"/>
        <source>User group</source>
        <translation>User group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="121"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="132"/>
        <source>%n signature(s)</source>
        <translation>
            <numerusform>%n signature</numerusform>
            <numerusform>%n signatures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="187"/>
        <source>Delete the signature %1 of %2?</source>
        <translation>Delete the signature %1 of %2?</translation>
    </message>
</context>
<context>
    <name>SimulatorDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/simulator_dialog.py" line="38"/>
        <source>Gateway simulator (trial)</source>
        <translation>Gateway simulator (trial)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/simulator_dialog.py" line="40"/>
        <source>In trial mode messages go to a built-in gateway simulator. Set how it behaves; it starts again with these settings when you save.</source>
        <translation>In trial mode messages go to a built-in gateway simulator. Set how it behaves; it starts again with these settings when you save.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/simulator_dialog.py" line="46"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/simulator_dialog.py" line="54"/>
        <source>Delay before each submit response:</source>
        <translation>Delay before each submit response:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/simulator_dialog.py" line="55"/>
        <source>Recipients who reply:</source>
        <translation>Recipients who reply:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/simulator_dialog.py" line="56"/>
        <source>Outcomes (relative weights)</source>
        <translation>Outcomes (relative weights)</translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="97"/>
        <source>A %1 task cannot be cancelled.</source>
        <translation>A %1 task cannot be cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="112"/>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="123"/>
        <source>Cancel task</source>
        <translation>Cancel task</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="113"/>
        <source>Cancel the task “%1”?</source>
        <translation>Cancel the task “%1”?</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="125"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="140"/>
        <source>Task “%1” cancelled: %Ln message(s) will not be sent.</source>
        <translation>
            <numerusform>Task “%1” cancelled: %Ln message will not be sent.</numerusform>
            <numerusform>Task “%1” cancelled: %Ln messages will not be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="174"/>
        <source>A new task sends to %Ln failed number(s) again.</source>
        <translation>
            <numerusform>A new task sends to %Ln failed number again.</numerusform>
            <numerusform>A new task sends to %Ln failed numbers again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="154"/>
        <source>The task has no failed numbers.</source>
        <translation>The task has no failed numbers.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="180"/>
        <source>No failed numbers are left to send again.</source>
        <translation>No failed numbers are left to send again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="115"/>
        <source>%Ln message(s) will not be sent</source>
        <translation>
            <numerusform>%Ln message will not be sent</numerusform>
            <numerusform>%Ln messages will not be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="116"/>
        <source>, and %Ln segment(s) go back to the quota.</source>
        <translation>
            <numerusform>, and %Ln segment goes back to the quota.</numerusform>
            <numerusform>, and %Ln segments go back to the quota.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="119"/>
        <source>%Ln message(s) are being sent right now and may still go out.</source>
        <translation>
            <numerusform>%Ln message is being sent right now and may still go out.</numerusform>
            <numerusform>%Ln messages are being sent right now and may still go out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDetailDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="55"/>
        <source>Task: %1</source>
        <translation>Task: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="72"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="75"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="76"/>
        <source>Load more</source>
        <translation>Load more</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="85"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="86"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="87"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="88"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="89"/>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="279"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="91"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="92"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="93"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="94"/>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="96"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="110"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="112"/>
        <source>Resend failed…</source>
        <translation>Resend failed…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="114"/>
        <source>Cancel task…</source>
        <translation>Cancel task…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="116"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="119"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="236"/>
        <source>%1 shown, more to load</source>
        <translation>%1 shown, more to load</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="238"/>
        <source>%1 shown, all</source>
        <translation>%1 shown, all</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="280"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="281"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="282"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="283"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="284"/>
        <source>Send at</source>
        <translation>Send at</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="285"/>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="286"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="287"/>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="288"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="289"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="290"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="291"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="292"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="293"/>
        <source>Segments each</source>
        <translation>Segments each</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="294"/>
        <source>Reserved / charged / refunded</source>
        <translation>Reserved / charged / refunded</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="301"/>
        <source>Content:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="304"/>
        <source>Review reason:</source>
        <translation>Review reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="187"/>
        <source>Why messages failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="262"/>
        <source>Gateway code: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskQueue</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="480"/>
        <source>Approve selected</source>
        <translation>Approve selected</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="486"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="540"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="490"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="529"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="491"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="530"/>
        <source>Submitter</source>
        <translation>Submitter</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="492"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="531"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="493"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="532"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="495"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="534"/>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="500"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="637"/>
        <source>Approved %Ln task(s).</source>
        <translation>
            <numerusform>Approved %Ln task.</numerusform>
            <numerusform>Approved %Ln tasks.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="516"/>
        <source>Select a task to see it here.</source>
        <translation>Select a task to see it here.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="518"/>
        <source>No task is waiting for review.</source>
        <translation>No task is waiting for review.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="522"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="551"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="522"/>
        <source>Approve %Ln task(s)</source>
        <translation>
            <numerusform>Approve %Ln task</numerusform>
            <numerusform>Approve %Ln tasks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="533"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="533"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="535"/>
        <source>Segments per message</source>
        <translation>Segments per message</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="537"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="541"/>
        <source>Send at</source>
        <translation>Send at</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="544"/>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="546"/>
        <source>Template send</source>
        <translation>Template send</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="546"/>
        <source>yes: each recipient gets a personalised text</source>
        <translation>yes: each recipient gets a personalised text</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="571"/>
        <source>First rendered messages</source>
        <translation>First rendered messages</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="580"/>
        <source>Sensitive words: %1</source>
        <translation>Sensitive words: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="639"/>
        <source>%1 were refused:</source>
        <translation>%1 were refused:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="640"/>
        <source>SMS Desk</source>
        <translation>SMS Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="606"/>
        <source>“%1” rejected: its quota went back to the submitter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="513"/>
        <source>%Ln task(s) selected.</source>
        <translation>
            <numerusform>%Ln task selected.</numerusform>
            <numerusform>%Ln tasks selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="538"/>
        <source>%Ln segment(s) of quota (reserved)</source>
        <translation>
            <numerusform>%Ln segment of quota (reserved)</numerusform>
            <numerusform>%Ln segments of quota (reserved)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="608"/>
        <source>“%1” approved: it goes out at its send time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="609"/>
        <source>“%1” approved: it is queued for sending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="86"/>
        <source>Search task name…</source>
        <translation>Search task name…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="94"/>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="352"/>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="98"/>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="369"/>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="105"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="110"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="111"/>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="118"/>
        <source>Not yet sent</source>
        <translation>Not yet sent</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="114"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="121"/>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="495"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="123"/>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="496"/>
        <source>Cancel task…</source>
        <translation>Cancel task…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="125"/>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="497"/>
        <source>Resend failed…</source>
        <translation>Resend failed…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="127"/>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="498"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="146"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="147"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="148"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="149"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="151"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="155"/>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="153"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="156"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="157"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="158"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="161"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="162"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="165"/>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="166"/>
        <source>Charged</source>
        <translation>Charged</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="167"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="168"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="170"/>
        <source>Send at</source>
        <translation>Send at</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="171"/>
        <source>Review reason</source>
        <translation>Review reason</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="188"/>
        <source>Load more</source>
        <translation>Load more</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="197"/>
        <source>Created from:</source>
        <translation>Created from:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="199"/>
        <source>to:</source>
        <translation>to:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="254"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="405"/>
        <source>· live</source>
        <translation>· live</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="406"/>
        <source>Progress updates as the dispatcher sends.</source>
        <translation>Progress updates as the dispatcher sends.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="163"/>
        <source>Segments each</source>
        <translation type="unfinished">Segments each</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="341"/>
        <source>%Ln tasks</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="159"/>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateQueue</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="670"/>
        <source>Awaiting review</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="671"/>
        <source>Rejected (review again)</source>
        <translation>Rejected (review again)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="685"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="719"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="689"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="712"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="690"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="713"/>
        <source>Submitter</source>
        <translation>Submitter</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="691"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="714"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="692"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="715"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="693"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="718"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="704"/>
        <source>Select a template to see it here.</source>
        <translation>Select a template to see it here.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="706"/>
        <source>No template is waiting for review.</source>
        <translation>No template is waiting for review.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="716"/>
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="717"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="717"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="722"/>
        <source>Rejected because</source>
        <translation>Rejected because</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="664"/>
        <source>Template “%1” approved: operators can send with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="665"/>
        <source>Template “%1” rejected: its author sees your reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateSendPanel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="121"/>
        <source>CSV, TXT, XLSX or XLS with a header row</source>
        <translation>CSV, TXT, XLSX or XLS with a header row</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="122"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="135"/>
        <source>Template field</source>
        <translation>Template field</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="135"/>
        <source>File column</source>
        <translation>File column</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="135"/>
        <source>Row 1</source>
        <translation>Row 1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="148"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="149"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="150"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="151"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="152"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="153"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="171"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="179"/>
        <source>Stop at</source>
        <translation>Stop at</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="187"/>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="194"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="217"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="219"/>
        <source>Approved template:</source>
        <translation>Approved template:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="221"/>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="222"/>
        <source>Task name:</source>
        <translation>Task name:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="228"/>
        <source>Data file:</source>
        <translation>Data file:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="231"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="242"/>
        <source>Preview: the first rows, then every row that will not be sent</source>
        <translation>Preview: the first rows, then every row that will not be sent</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="255"/>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="259"/>
        <source>End:</source>
        <translation>End:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="346"/>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="390"/>
        <source>No approved template</source>
        <translation>No approved template</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="424"/>
        <source>There is no approved template you may send with. Write one in Library → Templates; it can be used once a reviewer approves it.</source>
        <translation>There is no approved template you may send with. Write one in Library → Templates; it can be used once a reviewer approves it.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="452"/>
        <source>Data file</source>
        <translation>Data file</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="452"/>
        <source>Tables (%1)</source>
        <translation>Tables (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="472"/>
        <source>sheet %1</source>
        <translation>sheet %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="474"/>
        <source>no header row: columns are named by letter</source>
        <translation>no header row: columns are named by letter</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="508"/>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="527"/>
        <source>— choose a column —</source>
        <translation>— choose a column —</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="624"/>
        <source>Not enough quota: %1, %2. Ask an administrator of %3 to top up your quota, or send fewer rows.</source>
        <translation>Not enough quota: %1, %2. Ask an administrator of %3 to top up your quota, or send fewer rows.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="626"/>
        <source>%Ln segment(s) needed</source>
        <translation>
            <numerusform>%Ln segment needed</numerusform>
            <numerusform>%Ln segments needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="627"/>
        <source>%Ln left</source>
        <comment>segments</comment>
        <translation>
            <numerusform>%Ln left</numerusform>
            <numerusform>%Ln left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="646"/>
        <source>Words masked: %1</source>
        <translation>Words masked: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="648"/>
        <source>No value for %1</source>
        <translation>No value for %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="650"/>
        <source>Invalid number (%1)</source>
        <translation>Invalid number (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="652"/>
        <source>Same number as row %1</source>
        <translation>Same number as row %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="654"/>
        <source>Sensitive words: %1</source>
        <translation>Sensitive words: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="656"/>
        <source>Message too long</source>
        <translation>Message too long</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="663"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="854"/>
        <source>Choose an approved template.</source>
        <translation>Choose an approved template.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="665"/>
        <source>Choose a data file.</source>
        <translation>Choose a data file.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="667"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="857"/>
        <source>Choose the column that holds the mobile numbers.</source>
        <translation>Choose the column that holds the mobile numbers.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="670"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="864"/>
        <source>Choose a column for %1.</source>
        <translation>Choose a column for %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="692"/>
        <source>quota left %1</source>
        <translation>quota left %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="830"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="846"/>
        <source>Not enough quota: %Ln segment(s) needed, %2 left (%3 short). Nothing was submitted.</source>
        <translation>
            <numerusform>Not enough quota: %Ln segment needed, %2 left (%3 short). Nothing was submitted.</numerusform>
            <numerusform>Not enough quota: %Ln segments needed, %2 left (%3 short). Nothing was submitted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="855"/>
        <source>This template is not approved for sending (any more).</source>
        <translation>This template is not approved for sending (any more).</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="856"/>
        <source>The template was changed after the preview. Check the preview again.</source>
        <translation>The template was changed after the preview. Check the preview again.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="858"/>
        <source>No row of the file can be sent.</source>
        <translation>No row of the file can be sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="859"/>
        <source>The end time must come after the start time.</source>
        <translation>The end time must come after the start time.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="860"/>
        <source>The start time has passed. Choose a later time or send now.</source>
        <translation>The start time has passed. Choose a later time or send now.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="200"/>
        <source>View task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="205"/>
        <source>Send the replaced text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="267"/>
        <source>Submit (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="470"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="675"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="618"/>
        <source>Send the replaced text (%Ln row(s) with words masked)</source>
        <translation>
            <numerusform>Send the replaced text (%Ln row with words masked)</numerusform>
            <numerusform>Send the replaced text (%Ln rows with words masked)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="676"/>
        <source>%Ln to send</source>
        <translation>
            <numerusform>%Ln to send</numerusform>
            <numerusform>%Ln to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="688"/>
        <source>%Ln blacklisted (not charged)</source>
        <translation>
            <numerusform>%Ln blacklisted (not charged)</numerusform>
            <numerusform>%Ln blacklisted (not charged)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="689"/>
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segment</numerusform>
            <numerusform>%Ln segments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="690"/>
        <source>cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="694"/>
        <source>%Ln segment(s) short</source>
        <translation>
            <numerusform>%Ln segment short</numerusform>
            <numerusform>%Ln segments short</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="703"/>
        <source>%Ln with missing values</source>
        <translation>
            <numerusform>%Ln with missing values</numerusform>
            <numerusform>%Ln with missing values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="704"/>
        <source>%Ln invalid number(s)</source>
        <translation>
            <numerusform>%Ln invalid number</numerusform>
            <numerusform>%Ln invalid numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="705"/>
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln duplicate</numerusform>
            <numerusform>%Ln duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="706"/>
        <source>%Ln with sensitive words</source>
        <translation>
            <numerusform>%Ln with sensitive words</numerusform>
            <numerusform>%Ln with sensitive words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="707"/>
        <source>%Ln too long</source>
        <translation>
            <numerusform>%Ln too long</numerusform>
            <numerusform>%Ln too long</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="746"/>
        <source>Submitting %Ln message(s)…</source>
        <translation>
            <numerusform>Submitting %Ln message…</numerusform>
            <numerusform>Submitting %Ln messages…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="763"/>
        <source>Task %1 submitted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="765"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="766"/>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="767"/>
        <source>%Ln segment(s) reserved.</source>
        <translation>
            <numerusform>%Ln segment reserved.</numerusform>
            <numerusform>%Ln segments reserved.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="769"/>
        <source>Change the file, template or columns to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="628"/>
        <source>your group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesSection</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="49"/>
        <source>Search name or text…</source>
        <translation>Search name or text…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="53"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="56"/>
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="58"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="61"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="62"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="64"/>
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="65"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="67"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="98"/>
        <source>Public: every user of my group may send with it</source>
        <translation>Public: every user of my group may send with it</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="102"/>
        <source>Dear 【name】, your 【policy】 premium is due on 【due date】.</source>
        <translation>Dear 【name】, your 【policy】 premium is due on 【due date】.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="115"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="115"/>
        <source>Sample value</source>
        <translation>Sample value</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="128"/>
        <source>Save and submit for review</source>
        <translation>Save and submit for review</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="130"/>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="133"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="134"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="136"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="138"/>
        <source>Sample message</source>
        <translation>Sample message</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="140"/>
        <source>Variables:</source>
        <translation>Variables:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="142"/>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="204"/>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="218"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="232"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="284"/>
        <source>New template: it can be used once a reviewer approves it.</source>
        <translation>New template: it can be used once a reviewer approves it.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="288"/>
        <source>Approved by %1. Saving a change sends it back to review.</source>
        <translation>Approved by %1. Saving a change sends it back to review.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="290"/>
        <source>Approved. Saving a change sends it back to review.</source>
        <translation>Approved. Saving a change sends it back to review.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="295"/>
        <source>Rejected by %1: %2</source>
        <translation>Rejected by %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="297"/>
        <source>Rejected: %2</source>
        <translation>Rejected: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="301"/>
        <source>Awaiting review: it cannot be used to send yet.</source>
        <translation>Awaiting review: it cannot be used to send yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="360"/>
        <source>none: every message is the same</source>
        <translation>none: every message is the same</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="368"/>
        <source>%1 characters · %2 · %n segment(s) per message</source>
        <translation>
            <numerusform>%1 characters · %2 · %n segment per message</numerusform>
            <numerusform>%1 characters · %2 · %n segments per message</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="373"/>
        <source>over the %1-character limit</source>
        <translation>over the %1-character limit</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="393"/>
        <source>Saving sends this approved template back to review.</source>
        <translation>Saving sends this approved template back to review.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="434"/>
        <source>Delete the template “%1”?</source>
        <translation>Delete the template “%1”?</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="305"/>
        <source>(read-only: only an administrator changes a shared template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="307"/>
        <source>(read-only: only its author changes a private template; reject it with a reason and the author can edit it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="225"/>
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="225"/>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="236"/>
        <source>e.g. li.ming</source>
        <translation>e.g. li.ming</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="254"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="255"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="265"/>
        <source>Reviewer: approves the work of others</source>
        <translation>Reviewer: approves the work of others</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="268"/>
        <source>Review this user&apos;s tasks before they are sent</source>
        <translation>Review this user&apos;s tasks before they are sent</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="271"/>
        <source>May see full phone numbers</source>
        <translation>May see full phone numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="276"/>
        <source>You do not see full numbers yourself, so you cannot grant it.</source>
        <translation>You do not see full numbers yourself, so you cannot grant it.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="277"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="278"/>
        <source>Operator &amp;name:</source>
        <translation>Operator &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="279"/>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="280"/>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobile:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="281"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="289"/>
        <source> segments</source>
        <translation> segments</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="297"/>
        <source>Initial &amp;quota:</source>
        <translation>Initial &amp;quota:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="298"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="299"/>
        <source>Password &amp;again:</source>
        <translation>Password &amp;again:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="301"/>
        <source>At least %Ln character(s). The user signs in with it.</source>
        <translation>
            <numerusform>At least %Ln character. The user signs in with it.</numerusform>
            <numerusform>At least %Ln characters. The user signs in with it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="311"/>
        <source>A login has 1 to 32 characters: lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>A login has 1 to 32 characters: lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="315"/>
        <source>A name has at most 100 characters.</source>
        <translation>A name has at most 100 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="317"/>
        <source>Choose the user&apos;s group.</source>
        <translation>Choose the user&apos;s group.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="325"/>
        <source>An administrator of your own group can only be created by an administrator of a higher group. Choose a group below yours.</source>
        <translation>An administrator of your own group can only be created by an administrator of a higher group. Choose a group below yours.</translation>
    </message>
</context>
<context>
    <name>UserImportDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="402"/>
        <source>Import users</source>
        <translation>Import users</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="406"/>
        <source>%1 holds %2 rows. Say which column holds what. Every row is checked first; if one is refused, nothing is imported, and a results file next to the file says why.</source>
        <translation>%1 holds %2 rows. Say which column holds what. Every row is checked first; if one is refused, nothing is imported, and a results file next to the file says why.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="415"/>
        <source>Login (required):</source>
        <translation>Login (required):</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="416"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="417"/>
        <source>Group path (required):</source>
        <translation>Group path (required):</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="418"/>
        <source>Mobile:</source>
        <translation>Mobile:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="419"/>
        <source>Administrator (yes/no):</source>
        <translation>Administrator (yes/no):</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="420"/>
        <source>Reviewer (yes/no):</source>
        <translation>Reviewer (yes/no):</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="421"/>
        <source>Reviewed (yes/no):</source>
        <translation>Reviewed (yes/no):</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="422"/>
        <source>Initial quota:</source>
        <translation>Initial quota:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="423"/>
        <source>Password (required):</source>
        <translation>Password (required):</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="429"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="431"/>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="445"/>
        <source>Choose the columns of the login, the group path and the password.</source>
        <translation>Choose the columns of the login, the group path and the password.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="447"/>
        <source>A column is chosen twice.</source>
        <translation>A column is chosen twice.</translation>
    </message>
</context>
<context>
    <name>VolumePanel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="148"/>
        <source>Messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="149"/>
        <source>Delivered: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="151"/>
        <source>Failed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="153"/>
        <source>Pending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="157"/>
        <source>%1: %2 (change %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="170"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="170"/>
        <source>Messages</source>
        <translation type="unfinished">Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="171"/>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeReport</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/daily_page.py" line="17"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/daily_page.py" line="18"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/daily_page.py" line="19"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/daily_page.py" line="20"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/daily_page.py" line="21"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/daily_page.py" line="22"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/daily_page.py" line="23"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/daily_page.py" line="28"/>
        <source>Messages count every recipient of the tasks sent in the range; failed includes messages whose task ended before they went out; cost is what delivered segments were charged at the prices recorded on each task.</source>
        <translation>Messages count every recipient of the tasks sent in the range; failed includes messages whose task ended before they went out; cost is what delivered segments were charged at the prices recorded on each task.</translation>
    </message>
</context>
<context>
    <name>WordsSection</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="40"/>
        <source>Search words…</source>
        <translation>Search words…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="44"/>
        <source>New word</source>
        <translation>New word</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="46"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="48"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="50"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="52"/>
        <source>The sensitive words are managed by the administrators of the top-level group.</source>
        <translation>The sensitive words are managed by the administrators of the top-level group.</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="62"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="63"/>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="65"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="89"/>
        <source>Type or paste a message to see what would be masked…</source>
        <translation>Type or paste a message to see what would be masked…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="96"/>
        <source>Test text</source>
        <translation>Test text</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="99"/>
        <source>As it would be sent:</source>
        <translation>As it would be sent:</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="142"/>
        <source>Sensitive words</source>
        <translation>Sensitive words</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="167"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="169"/>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="210"/>
        <source>Delete the word “%1”?</source>
        <translation>Delete the word “%1”?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="212"/>
        <source>Delete %n selected word(s)?</source>
        <translation>
            <numerusform>Delete %n selected word?</numerusform>
            <numerusform>Delete %n selected words?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="217"/>
        <source>Import sensitive words</source>
        <translation>Import sensitive words</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="225"/>
        <source>Importing sensitive words…</source>
        <translation>Importing sensitive words…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="229"/>
        <source>%1: %2 read, %3, %4, %5.</source>
        <translation>%1: %2 read, %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="231"/>
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="232"/>
        <source>%Ln added</source>
        <comment>words</comment>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="233"/>
        <source>%Ln already on the list</source>
        <comment>words</comment>
        <translation>
            <numerusform>%Ln already on the list</numerusform>
            <numerusform>%Ln already on the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="234"/>
        <source>%Ln refused</source>
        <comment>words</comment>
        <translation>
            <numerusform>%Ln refused</numerusform>
            <numerusform>%Ln refused</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="237"/>
        <source>Row %1: “%2” (%3)</source>
        <translation>Row %1: “%2” (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="258"/>
        <source>Found: %1</source>
        <translation>Found: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="258"/>
        <source>No sensitive words found.</source>
        <translation>No sensitive words found.</translation>
    </message>
</context>
<context>
    <name>_PerformancePanel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="545"/>
        <source>Messages: %1 (%2 of all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="547"/>
        <source>Delivered: %1 · failed: %2 · pending: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="549"/>
        <source>Success rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="550"/>
        <source>Replies: %1 · opt-outs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="567"/>
        <source>Template</source>
        <translation type="unfinished">Template</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="567"/>
        <source>Messages</source>
        <translation type="unfinished">Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="568"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="569"/>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="569"/>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="569"/>
        <source>Opt-outs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_TotalsModel</name>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/widgets/row_table.py" line="337"/>
        <source>Total (%n rows)</source>
        <translation>
            <numerusform>Total (%n row)</numerusform>
            <numerusform>Total (%n rows)</numerusform>
        </translation>
    </message>
</context>
</TS>
