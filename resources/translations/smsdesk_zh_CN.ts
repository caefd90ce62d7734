<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddNumberDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="93"/>
        <source>Add a number to a blacklist</source>
        <translation>添加黑名单号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="97"/>
        <source>13800138000, +86 138 0013 8000…</source>
        <translation>13800138000、+86 138 0013 8000…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="102"/>
        <source>For example: complaint, replied T</source>
        <translation>例如：用户投诉、回复T退订</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="103"/>
        <source>Blacklist:</source>
        <translation>黑名单：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="104"/>
        <source>Number:</source>
        <translation>号码：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="105"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="111"/>
        <source>You administer no user group.</source>
        <translation>您没有可管理的用户组。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="113"/>
        <source>Enter the number.</source>
        <translation>请输入号码。</translation>
    </message>
</context>
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="177"/>
        <source> segments</source>
        <translation> 条</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="179"/>
        <source>&amp;Amount:</source>
        <translation>数量(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="182"/>
        <source>Available:</source>
        <translation>可用：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="182"/>
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="191"/>
        <source>That is more than the %Ln segment(s) available.</source>
        <translation>
            <numerusform>超过了可用的 %Ln 条。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="189"/>
        <source>Enter a number of segments greater than 0.</source>
        <translation>请输入大于 0 的条数。</translation>
    </message>
</context>
<context>
    <name>ApprovalTexts</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="146"/>
        <source>Nobody decides on their own task or template.</source>
        <translation>任何人都不能审核自己提交的任务或模板。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="148"/>
        <source>This item belongs to a group outside the part of the organisation you review.</source>
        <translation>该条目属于您审核范围以外的用户组。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="150"/>
        <source>This item was already decided (perhaps by another reviewer just now).</source>
        <translation>该条目已审核（可能刚被其他审核员处理）。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="151"/>
        <source>A rejection needs a reason.</source>
        <translation>驳回必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="152"/>
        <source>A reason has at most 500 characters.</source>
        <translation>原因最多 500 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="154"/>
        <source>The submitter&apos;s account is disabled or deleted. Reject the task instead.</source>
        <translation>提交人的账号已停用或删除，请驳回该任务。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="156"/>
        <source>The quota reserved for this task no longer covers it. Reject the task instead.</source>
        <translation>为该任务预留的额度已不足，请驳回该任务。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="157"/>
        <source>The task&apos;s end time has passed. Reject the task instead.</source>
        <translation>该任务的截止时间已过，请驳回该任务。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="159"/>
        <source>The content contains sensitive words: %1. It cannot be sent; reject the task instead.</source>
        <translation>内容含有敏感词：%1。无法发送，请驳回该任务。</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="772"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="824"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="773"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="826"/>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/badge.py" line="22"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="788"/>
        <source>Approvals</source>
        <translation>任务审核</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="41"/>
        <source>Search actor, action or target…</source>
        <translation>搜索操作人、操作或对象…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="45"/>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="162"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="48"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="50"/>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="58"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="60"/>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="61"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="62"/>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="63"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="78"/>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="80"/>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="98"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="153"/>
        <source>%Ln entries shown</source>
        <translation>
            <numerusform>已显示 %Ln 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlacklistDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="43"/>
        <source>Add to blacklist</source>
        <translation>加入黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="45"/>
        <source>Global blacklist</source>
        <translation>全局黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="46"/>
        <source>A user group&apos;s blacklist</source>
        <translation>用户组黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="47"/>
        <source>A message kind&apos;s blacklist</source>
        <translation>短信类型黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="65"/>
        <source>For example: the customer complained by phone</source>
        <translation>例如：客户来电投诉</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="67"/>
        <source>The numbers of %Ln selected message(s) go on:</source>
        <translation>
            <numerusform>所选 %Ln 条短信的号码加入：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="77"/>
        <source>Reason (required):</source>
        <translation>原因（必填）：</translation>
    </message>
</context>
<context>
    <name>BlacklistSection</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="239"/>
        <source>Number, or its first or last digits…</source>
        <translation>号码，或开头/结尾几位数字…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="241"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="243"/>
        <source>Add number…</source>
        <translation>添加号码…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="245"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="247"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="249"/>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="257"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="258"/>
        <source>Blacklist</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="259"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="260"/>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="261"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="316"/>
        <source>Blacklists</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="342"/>
        <source>All blacklists (%1)</source>
        <translation>全部黑名单（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="399"/>
        <source>%n number(s) shown</source>
        <translation>
            <numerusform>已显示 %n 个号码</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="424"/>
        <source>To remove a number you see masked, search for the whole number first.</source>
        <translation>要删除显示为遮蔽的号码，请先搜索完整号码。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="481"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="487"/>
        <source>%1: %Ln row(s) read. %3 numbers added, %4 already listed; %5 invalid and %6 repeated rows left out.</source>
        <translation>
            <numerusform>%1：读取 %Ln 行，新增 %3 个号码，%4 个已在名单中；另有 %5 行无效、%6 行重复，未导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="498"/>
        <source>Row %1: “%2” (%3)</source>
        <translation>第 %1 行：“%2”（%3）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="512"/>
        <source>Remove %n number(s) from the blacklist?</source>
        <translation>
            <numerusform>从黑名单中移除 %n 个号码？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="262"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="58"/>
        <source>New channel</source>
        <translation>新建通道</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="58"/>
        <source>Edit channel</source>
        <translation>编辑通道</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="63"/>
        <source>Address of the gateway, e.g. smsc.example.com</source>
        <translation>网关地址，例如 smsc.example.com</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="66"/>
        <source>Encrypt the connection (TLS)</source>
        <translation>加密连接（TLS）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="73"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="73"/>
        <source>Unchanged (never shown again)</source>
        <translation>不变（密码保存后不再显示）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="83"/>
        <source>Sender number, e.g. 10690001</source>
        <translation>发送号码，例如 10690001</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="90"/>
        <source> msg/s</source>
        <translation> 条/秒</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="91"/>
        <source>Unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="94"/>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="95"/>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="100"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="101"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="105"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="107"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="108"/>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="109"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="111"/>
        <source>System ID:</source>
        <translation>系统 ID：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="112"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="113"/>
        <source>System type:</source>
        <translation>系统类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="114"/>
        <source>Bind mode:</source>
        <translation>绑定方式：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="115"/>
        <source>Source address:</source>
        <translation>源地址：</translation>
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
        <translation>源地址 TON/NPI：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="124"/>
        <source>Sending</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="126"/>
        <source>Rate limit:</source>
        <translation>速率上限：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="127"/>
        <source>Window (unanswered submits):</source>
        <translation>窗口（未应答的提交数）：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="128"/>
        <source>Keep-alive (enquire_link) every:</source>
        <translation>心跳（enquire_link）间隔：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="129"/>
        <source>Submit response timeout:</source>
        <translation>提交应答超时：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="130"/>
        <source>Receipt message IDs:</source>
        <translation>回执消息 ID 格式：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="131"/>
        <source>Attempts per message:</source>
        <translation>每条短信尝试次数：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="132"/>
        <source>Wait between attempts:</source>
        <translation>重试间隔：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="133"/>
        <source>Wait for a receipt up to:</source>
        <translation>等待回执最长：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="210"/>
        <source>Enter the password the gateway gave for this account.</source>
        <translation>请输入网关为此账号提供的密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="102"/>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channel_dialog.py" line="103"/>
        <source>Dispatchers bind an enabled channel and send through it.</source>
        <translation>发送服务会连接已启用的通道并通过它发送。</translation>
    </message>
</context>
<context>
    <name>ChannelLabels</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="20"/>
        <source>Not bound</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="21"/>
        <source>Binding</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="22"/>
        <source>Up</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="23"/>
        <source>Down</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="24"/>
        <source>Failing</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="25"/>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="33"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="30"/>
        <source>Connection test passed</source>
        <translation>连接测试通过</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="31"/>
        <source>Connection test failed</source>
        <translation>连接测试失败</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="32"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="34"/>
        <source>Down: messages go to the backup channel</source>
        <translation>中断：短信改走备用通道</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="35"/>
        <source>Failing: messages go to the backup channel</source>
        <translation>故障：短信改走备用通道</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="42"/>
        <source>by %1</source>
        <translation>操作人 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="76"/>
        <source>Transceiver (one connection)</source>
        <translation>收发合一（一个连接）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="77"/>
        <source>Transmitter and receiver (two connections)</source>
        <translation>收发分离（两个连接）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="82"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="83"/>
        <source>Same as the submit response</source>
        <translation>与提交应答相同</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="84"/>
        <source>Hexadecimal in responses, decimal in receipts</source>
        <translation>应答为十六进制，回执为十进制</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="85"/>
        <source>Decimal in responses, hexadecimal in receipts</source>
        <translation>应答为十进制，回执为十六进制</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="90"/>
        <source>Submit response status</source>
        <translation>提交应答状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="91"/>
        <source>Dispatcher error</source>
        <translation>调度程序错误</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="92"/>
        <source>Receipt state (stat)</source>
        <translation>回执状态（stat）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="93"/>
        <source>Receipt error code (err)</source>
        <translation>回执错误码（err）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="98"/>
        <source>Delivered</source>
        <translation>成功送达</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="99"/>
        <source>Undeliverable</source>
        <translation>无法送达</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="100"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="101"/>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="102"/>
        <source>Unknown subscriber</source>
        <translation>空号</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="103"/>
        <source>Refused: gateway fault (retried)</source>
        <translation>拒收：网关故障（会重试）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="104"/>
        <source>Refused: bad number</source>
        <translation>拒收：号码错误</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="117"/>
        <source>wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="118"/>
        <source>unknown system ID</source>
        <translation>系统 ID 不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="119"/>
        <source>the account is already bound</source>
        <translation>该账号已在别处连接</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="120"/>
        <source>bind failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="123"/>
        <source>The gateway refused the bind: %1 (%2).</source>
        <translation>网关拒绝连接：%1（%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="125"/>
        <source>The gateway cannot be reached: %1</source>
        <translation>无法连上网关：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="127"/>
        <source>The gateway did not answer within %1 seconds.</source>
        <translation>网关在 %1 秒内没有应答。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="135"/>
        <source>No dispatcher is running, so nothing can test the channel. Start the dispatcher (in trial mode the console starts it) and try again.</source>
        <translation>没有正在运行的调度程序，无法测试通道。请先启动调度程序（试用模式下由控制台自动启动）后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="139"/>
        <source>Only administrators of the top-level group change channels.</source>
        <translation>只有顶级组的管理员可以修改通道。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="142"/>
        <source>A channel needs a name, a host, a port and a system ID.</source>
        <translation>通道需要名称、主机、端口和系统 ID。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="145"/>
        <source>SMPP 3.4 allows a system ID of at most 15 characters and a password of at most 8.</source>
        <translation>SMPP 3.4 规定系统 ID 最多 15 个字符，密码最多 8 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="147"/>
        <source>A channel cannot be its own backup.</source>
        <translation>通道不能作为自己的备用通道。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="148"/>
        <source>The backup channel no longer exists.</source>
        <translation>备用通道已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="149"/>
        <source>A priority is a whole number from 0 to 100000.</source>
        <translation>优先级是 0 到 100000 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="150"/>
        <source>A carrier name has at most 32 characters.</source>
        <translation>运营商名称最多 32 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="151"/>
        <source>The channel no longer exists; somebody may have removed it.</source>
        <translation>该通道已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="152"/>
        <source>Enter the code the gateway reports.</source>
        <translation>请输入网关返回的代码。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="160"/>
        <source>A value is out of range. Check the numbers and try again.</source>
        <translation>有数值超出范围，请检查后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="162"/>
        <source>A channel by that name already exists.</source>
        <translation>已有同名通道。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="49"/>
        <source>bound</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="50"/>
        <source>working again</source>
        <translation>已恢复正常</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="51"/>
        <source>taken by a dispatcher</source>
        <translation>已由调度程序接管</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="52"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="53"/>
        <source>its dispatcher stopped</source>
        <translation>调度程序已停止</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="54"/>
        <source>given up by its dispatcher</source>
        <translation>调度程序已放弃此通道</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="55"/>
        <source>settings changed: binding again</source>
        <translation>设置已修改，重新连接</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="60"/>
        <source>not bound for %1 s</source>
        <translation>%1 秒未能连接</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="61"/>
        <source>no answer to submits for %1 s</source>
        <translation>提交 %1 秒无应答</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="62"/>
        <source>%1 of %2 submits failed in %3 s</source>
        <translation>%3 秒内 %2 次提交失败了 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="63"/>
        <source>taken over from dispatcher %1</source>
        <translation>从调度程序 %1 接管</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="64"/>
        <source>dispatcher %1 stopped answering</source>
        <translation>调度程序 %1 已无响应</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="111"/>
        <source>two connections</source>
        <translation>两个连接</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="111"/>
        <source>one connection</source>
        <translation>一个连接</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="112"/>
        <source>Bound in %1 ms (%2), then unbound.</source>
        <translation>已连接（%2），用时 %1 毫秒，随后已断开。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/labels.py" line="158"/>
        <source>A channel name has 1 to 64 characters.</source>
        <translation>通道名称为 1 到 64 个字符。</translation>
    </message>
</context>
<context>
    <name>ChannelsPanel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="723"/>
        <source>Channel states are shown to administrators</source>
        <translation>通道状态仅管理员可见</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="715"/>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="732"/>
        <source>Template approved</source>
        <translation>模板通过</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="715"/>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="732"/>
        <source>Template rejected</source>
        <translation>模板驳回</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="742"/>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="754"/>
        <source>Failure rate: %1</source>
        <translation>失败率：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="760"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="760"/>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="760"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="765"/>
        <source>Template approved: %1</source>
        <translation>模板通过：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="766"/>
        <source>Template rejected: %1</source>
        <translation>模板驳回：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="772"/>
        <source>Failure rate %1</source>
        <translation>失败率 %1</translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="56"/>
        <source>New channel…</source>
        <translation>新建通道…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="58"/>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="149"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="60"/>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="270"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="62"/>
        <source>Routes…</source>
        <translation>路由…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="64"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="66"/>
        <source>Gateway simulator…</source>
        <translation>网关模拟器…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="69"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="70"/>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="323"/>
        <source>Waiting in the queue: %1</source>
        <translation>队列中等待：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="81"/>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="82"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="83"/>
        <source>Bound by</source>
        <translation>连接者</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="84"/>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="85"/>
        <source>(silent)</source>
        <translation>（无响应）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="86"/>
        <source>Rate now</source>
        <translation>当前速率</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="86"/>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="93"/>
        <source>%1 msg/s</source>
        <translation>%1 条/秒</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="88"/>
        <source>Failed</source>
        <translation>失败率</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="91"/>
        <source>Holding</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="92"/>
        <source>Rate limit</source>
        <translation>速率上限</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="92"/>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="94"/>
        <source>Routes</source>
        <translation>路由</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="95"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="96"/>
        <source>Since</source>
        <translation>状态时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="97"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="112"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="113"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="114"/>
        <source>Before</source>
        <translation>之前状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="115"/>
        <source>Dispatcher</source>
        <translation>调度程序</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="116"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="130"/>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="131"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="132"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="133"/>
        <source>Counts as</source>
        <translation>归类为</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="135"/>
        <source>Retried</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="135"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="136"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="147"/>
        <source>Add code…</source>
        <translation>添加代码…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="151"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="171"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="172"/>
        <source>Failure codes</source>
        <translation>失败代码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="218"/>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="372"/>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="233"/>
        <source>no route: carries nothing</source>
        <translation>无路由：不发送任何短信</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="237"/>
        <source>every carrier</source>
        <translation>所有运营商</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="238"/>
        <source>every kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="239"/>
        <source>priority %1</source>
        <translation>优先级 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="242"/>
        <source>backup: %1</source>
        <translation>备用：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="247"/>
        <source>Every channel</source>
        <translation>所有通道</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="269"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="322"/>
        <source>%1 or more</source>
        <translation>%1 或更多</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="325"/>
        <source>You can see the channels. Only administrators of the top-level group change them.</source>
        <translation>您可以查看通道；只有顶级组的管理员可以修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="349"/>
        <source>History of %1</source>
        <translation>%1 的历史</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="439"/>
        <source>Delete failure code</source>
        <translation>删除失败代码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="440"/>
        <source>Delete the mapping of %1 for %2? Messages with this code then count as the default says.</source>
        <translation>删除 %2 的代码 %1 的映射吗？此后带此代码的短信按默认规则归类。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="464"/>
        <source>Testing %1: asking a dispatcher to bind and unbind…</source>
        <translation>正在测试 %1：请调度程序连接并断开…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="494"/>
        <source>No dispatcher answered within %1 seconds. A dispatcher of an older version does not test connections; otherwise it may be busy or stopping.</source>
        <translation>%1 秒内没有调度程序应答。旧版本的调度程序不支持连接测试；也可能调度程序正忙或正在停止。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="498"/>
        <source>Testing %1: %2 is binding…</source>
        <translation>正在测试 %1：%2 正在连接…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="506"/>
        <source>Connection test of %1</source>
        <translation>%1 的连接测试</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="507"/>
        <source>Tested by dispatcher %1.</source>
        <translation>由调度程序 %1 测试。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="509"/>
        <source>The channel works.</source>
        <translation>通道可用。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="509"/>
        <source>The channel does not work.</source>
        <translation>通道不可用。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/channels_tab.py" line="236"/>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ChartLabels</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="29"/>
        <source>Volume</source>
        <translation>发送量</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="30"/>
        <source>Peak hours</source>
        <translation>高峰时段</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="31"/>
        <source>Success and failure rates</source>
        <translation>成功率与失败率</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="32"/>
        <source>Delivery time</source>
        <translation>送达时长</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="33"/>
        <source>Failure causes</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="34"/>
        <source>By kind</source>
        <translation>按短信类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="35"/>
        <source>By template</source>
        <translation>按模板</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="36"/>
        <source>Marketing conversion</source>
        <translation>营销转化</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="37"/>
        <source>Channel status and failure rate</source>
        <translation>通道状态与失败率</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="41"/>
        <source>(no kind)</source>
        <translation>（无类型）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="44"/>
        <source>Unknown carrier</source>
        <translation>未知运营商</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="56"/>
        <source>Deleted channel #%1</source>
        <translation>已删除的通道 #%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="54"/>
        <source>No channel (not sent)</source>
        <translation>未分配通道</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="60"/>
        <source>Free text</source>
        <translation>自由编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="62"/>
        <source>Template #%1</source>
        <translation>模板 #%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="66"/>
        <source>Not in these rates: %1 messages sent to no channel (pending or failed before submit)</source>
        <translation>未计入以上比率：%1 条短信未分配通道（待发送或提交前失败）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="71"/>
        <source>Delivered</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="72"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="73"/>
        <source>Pending</source>
        <translation>待回执</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="74"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="79"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="80"/>
        <source>Connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="81"/>
        <source>Up</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="82"/>
        <source>Down</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="83"/>
        <source>Failing</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="84"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="89"/>
        <source>Compare: automatic</source>
        <translation>自动对比</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="90"/>
        <source>No comparison</source>
        <translation>不对比</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="91"/>
        <source>Day before</source>
        <translation>对比前一天</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="92"/>
        <source>Week before</source>
        <translation>对比上周</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="93"/>
        <source>Month before</source>
        <translation>对比上月</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="94"/>
        <source>Year before</source>
        <translation>对比去年</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="98"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="98"/>
        <source>Per hour</source>
        <translation>按小时</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="98"/>
        <source>Per day</source>
        <translation>按天</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="99"/>
        <source>Per month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="102"/>
        <source>Per channel</source>
        <translation>按通道</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="102"/>
        <source>Per carrier</source>
        <translation>按运营商</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="102"/>
        <source>Per kind</source>
        <translation>按类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="103"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="107"/>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="107"/>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="107"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="127"/>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="129"/>
        <source>≥ %1 h</source>
        <translation>≥ %1 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="131"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/labels.py" line="132"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="225"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="227"/>
        <source>Show the figures as a table</source>
        <translation>以表格显示数据</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="231"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="234"/>
        <source>Picture (PNG)…</source>
        <translation>图片 (PNG)…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="234"/>
        <source>Data (CSV)…</source>
        <translation>数据 (CSV)…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="235"/>
        <source>Data (XLSX)…</source>
        <translation>数据 (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="320"/>
        <source>No messages in this range</source>
        <translation>此范围内没有短信</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="397"/>
        <source>This chart could not be read: %1</source>
        <translation>无法读取此图表：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="471"/>
        <source>Click to see these messages</source>
        <translation>点击查看这些短信</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="502"/>
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="502"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="503"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/chart_panel.py" line="505"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>CheckResults</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="42"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="47"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="48"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="50"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="52"/>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="53"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="54"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="55"/>
        <source>Blacklists</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="57"/>
        <source>Live status</source>
        <translation>号码状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="59"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="80"/>
        <source>Name contains…</source>
        <translation>名称包含…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="89"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="93"/>
        <source>Stop the check</source>
        <translation>停止检测</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="96"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="100"/>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="112"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="102"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="104"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="113"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="114"/>
        <source>Scheduled</source>
        <translation>定时</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="115"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="116"/>
        <source>Numbers</source>
        <translation>号码数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="117"/>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="168"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="118"/>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="120"/>
        <source>Waiting for status</source>
        <translation>待查状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="122"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="123"/>
        <source>By</source>
        <translation>创建人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="142"/>
        <source>Choose a check above to see its results.</source>
        <translation>在上方选择一个检测任务组，查看其检测结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="155"/>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="155"/>
        <source>By carrier</source>
        <translation>按运营商</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="155"/>
        <source>By region</source>
        <translation>按地区</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="158"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="167"/>
        <source>All numbers</source>
        <translation>全部号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="169"/>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="170"/>
        <source>Blacklisted</source>
        <translation>黑名单号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="175"/>
        <source>Any carrier</source>
        <translation>全部运营商</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="180"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="188"/>
        <source>Number contains…</source>
        <translation>号码包含…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="192"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="195"/>
        <source>Show more</source>
        <translation>显示更多</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="214"/>
        <source>Results</source>
        <translation>检测结果</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="428"/>
        <source>Exported: %Ln row(s)</source>
        <translation>
            <numerusform>已导出：%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="453"/>
        <source>Delete %Ln check(s) and their results?</source>
        <translation>
            <numerusform>删除这 %Ln 个检测任务组及其检测结果？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="323"/>
        <source>Valid: %1</source>
        <translation>有效：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="324"/>
        <source>Invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="325"/>
        <source>Blacklisted: %1</source>
        <translation>黑名单：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="328"/>
        <source>Duplicates: %1</source>
        <translation>重复：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="333"/>
        <source>Live status: %1</source>
        <translation>号码状态：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="340"/>
        <source>Carriers: %1</source>
        <translation>运营商：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="185"/>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="346"/>
        <source>Any region</source>
        <translation>全部地区</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="283"/>
        <source>%1 — %2, %Ln number(s)</source>
        <translation>
            <numerusform>%1 — %2，共 %Ln 个号码</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="368"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="371"/>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="403"/>
        <source>Shown: %1</source>
        <translation>已显示：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="404"/>
        <source> (more below)</source>
        <translation>（下方还有）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="417"/>
        <source>Export results</source>
        <translation>导出检测结果</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="419"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="452"/>
        <source>Delete checks</source>
        <translation>删除检测任务组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/checks_page.py" line="473"/>
        <source>Number check</source>
        <translation>号码检测</translation>
    </message>
</context>
<context>
    <name>ClosingWindow</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/closing_window.py" line="15"/>
        <source>SMS Desk</source>
        <translation>SMS Desk 短信平台</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/closing_window.py" line="16"/>
        <source>Closing SMS Desk…</source>
        <translation>正在关闭 SMS Desk…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/closing_window.py" line="22"/>
        <source>Stopping the local database. Your work is saved.</source>
        <translation>正在停止本机数据库。您的工作已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/closing_window.py" line="24"/>
        <source>Closing the connection to the database. Your work is saved.</source>
        <translation>正在断开与数据库的连接。您的工作已保存。</translation>
    </message>
</context>
<context>
    <name>CodeLabels</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="53"/>
        <source>empty</source>
        <translation>空白</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="54"/>
        <source>not a number</source>
        <translation>不是号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="55"/>
        <source>letters or symbols</source>
        <translation>含字母或符号</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="56"/>
        <source>rounded by Excel (1.38E+10)</source>
        <translation>被 Excel 截断（1.38E+10）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="57"/>
        <source>too short</source>
        <translation>位数太少</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="58"/>
        <source>too long</source>
        <translation>位数太多</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="59"/>
        <source>no such mobile prefix</source>
        <translation>号段不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="60"/>
        <source>unknown country code</source>
        <translation>国家代码不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="61"/>
        <source>no such number</source>
        <translation>号码不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="62"/>
        <source>not a mobile number</source>
        <translation>不是手机号</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="63"/>
        <source>repeated</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="64"/>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="187"/>
        <source>blacklisted</source>
        <translation>在黑名单中</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="65"/>
        <source>on the global blacklist</source>
        <translation>在全局黑名单中</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="66"/>
        <source>on the group&apos;s blacklist</source>
        <translation>在本组黑名单中</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="67"/>
        <source>on the blacklist of this message kind</source>
        <translation>在该短信类型的黑名单中</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="74"/>
        <source>Opt-out reply</source>
        <translation>回复退订</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="75"/>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="77"/>
        <source>Added by hand</source>
        <translation>手工添加</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="76"/>
        <source>Imported</source>
        <translation>文件导入</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="84"/>
        <source>The recipient replied to unsubscribe</source>
        <translation>用户回复退订</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="91"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="92"/>
        <source>Awaiting review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="93"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="94"/>
        <source>Scheduled</source>
        <translation>定时待发</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="95"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="96"/>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="105"/>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="97"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="98"/>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="110"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="99"/>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="109"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="104"/>
        <source>Waiting</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="106"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="107"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="108"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="117"/>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="118"/>
        <source>Content blocked</source>
        <translation>内容被拦截</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="119"/>
        <source>Invalid number</source>
        <translation>号码无效</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="120"/>
        <source>Blacklisted</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="121"/>
        <source>Quota</source>
        <translation>额度不足</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="122"/>
        <source>Gateway error</source>
        <translation>网关错误</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="123"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="128"/>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="129"/>
        <source>expired at the carrier</source>
        <translation>运营商处过期</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="130"/>
        <source>deleted by the carrier</source>
        <translation>被运营商删除</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="131"/>
        <source>undeliverable</source>
        <translation>无法投递</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="132"/>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="158"/>
        <source>accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="133"/>
        <source>state unknown</source>
        <translation>状态未知</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="134"/>
        <source>rejected by the carrier</source>
        <translation>被运营商拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="135"/>
        <source>on its way</source>
        <translation>投递中</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="140"/>
        <source>no error</source>
        <translation>无错误</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="141"/>
        <source>unknown subscriber</source>
        <translation>空号</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="142"/>
        <source>unidentified subscriber</source>
        <translation>用户无法识别</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="143"/>
        <source>absent subscriber (no answer to paging)</source>
        <translation>用户不在服务区（寻呼无应答）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="144"/>
        <source>illegal subscriber</source>
        <translation>非法用户</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="145"/>
        <source>service not provisioned</source>
        <translation>未开通短信业务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="146"/>
        <source>illegal equipment</source>
        <translation>非法终端</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="147"/>
        <source>call barred</source>
        <translation>被限制（停机或欠费）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="148"/>
        <source>facility not supported</source>
        <translation>不支持该业务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="149"/>
        <source>phone off or out of coverage</source>
        <translation>关机或不在服务区</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="150"/>
        <source>subscriber busy</source>
        <translation>用户忙</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="151"/>
        <source>delivery failure at the phone</source>
        <translation>终端接收失败</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="152"/>
        <source>carrier system failure</source>
        <translation>运营商系统故障</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="153"/>
        <source>memory full</source>
        <translation>手机存储已满</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="159"/>
        <source>message length refused</source>
        <translation>短信长度被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="160"/>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="161"/>
        <source>malformed request</source>
        <translation>请求格式错误</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="162"/>
        <source>not signed in to the gateway</source>
        <translation>未登录网关</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="163"/>
        <source>the account is already bound</source>
        <translation>该账号已连接</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="164"/>
        <source>gateway system error</source>
        <translation>网关系统错误</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="165"/>
        <source>sender number refused</source>
        <translation>发送号码被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="166"/>
        <source>recipient number refused</source>
        <translation>接收号码被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="167"/>
        <source>unknown message id</source>
        <translation>消息编号不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="168"/>
        <source>bind failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="169"/>
        <source>wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="170"/>
        <source>unknown system ID</source>
        <translation>账号不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="171"/>
        <source>gateway queue full</source>
        <translation>网关队列已满</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="172"/>
        <source>submit failed</source>
        <translation>提交失败</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="173"/>
        <source>sending too fast for the gateway</source>
        <translation>发送速度超过网关限制</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="174"/>
        <source>send time refused</source>
        <translation>发送时间被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="175"/>
        <source>validity period refused</source>
        <translation>有效期被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="176"/>
        <source>temporarily refused by the carrier</source>
        <translation>运营商暂时拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="177"/>
        <source>permanently refused by the carrier</source>
        <translation>运营商永久拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="178"/>
        <source>refused by the carrier</source>
        <translation>运营商拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="179"/>
        <source>encoding refused</source>
        <translation>编码被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="180"/>
        <source>unknown gateway error</source>
        <translation>未知网关错误</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="185"/>
        <source>no delivery receipt in time</source>
        <translation>未按时收到状态报告</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="186"/>
        <source>the gateway did not answer</source>
        <translation>网关无响应</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="188"/>
        <source>content blocked</source>
        <translation>内容被拦截</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="189"/>
        <source>not enough quota</source>
        <translation>额度不足</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="190"/>
        <source>not sent before the task&apos;s end time</source>
        <translation>任务截止前未发出</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="207"/>
        <source>Other gateway code (%1)</source>
        <translation>其他网关代码（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="213"/>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="214"/>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="215"/>
        <source>Many failed sign-ins from one computer (summary)</source>
        <translation>同一电脑多次登录失败（汇总）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="216"/>
        <source>Password changed outside SMS Desk</source>
        <translation>在 SMS Desk 之外修改了密码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="217"/>
        <source>Task details exported</source>
        <translation>导出任务明细</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="218"/>
        <source>Task submitted</source>
        <translation>提交任务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="219"/>
        <source>Task approved</source>
        <translation>审核通过任务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="220"/>
        <source>Task rejected</source>
        <translation>驳回任务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="221"/>
        <source>Task cancelled</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="222"/>
        <source>Quota reserved for a task</source>
        <translation>为任务预扣额度</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="223"/>
        <source>Group created</source>
        <translation>新建用户组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="224"/>
        <source>Group review setting changed</source>
        <translation>修改用户组审核设置</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="225"/>
        <source>Group renamed</source>
        <translation>重命名用户组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="226"/>
        <source>Group moved</source>
        <translation>移动用户组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="227"/>
        <source>Group deleted</source>
        <translation>删除用户组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="228"/>
        <source>User created</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="229"/>
        <source>User status changed</source>
        <translation>修改用户状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="230"/>
        <source>User rights changed</source>
        <translation>修改用户权限</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="231"/>
        <source>User profile changed</source>
        <translation>修改用户资料</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="232"/>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="233"/>
        <source>User deleted</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="234"/>
        <source>User restored</source>
        <translation>恢复用户</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="235"/>
        <source>User moved to another group</source>
        <translation>用户调至其他组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="236"/>
        <source>Right to see full numbers changed</source>
        <translation>修改查看完整号码权限</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="237"/>
        <source>User list exported</source>
        <translation>导出用户列表</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="238"/>
        <source>Quota granted to group</source>
        <translation>用户组充值</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="239"/>
        <source>Quota granted to user</source>
        <translation>用户充值</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="240"/>
        <source>Quota taken back from user</source>
        <translation>收回用户额度</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="241"/>
        <source>Quota given back by group</source>
        <translation>用户组退还额度</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="242"/>
        <source>Contacts imported</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="243"/>
        <source>Contacts exported</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="244"/>
        <source>Contact group deleted</source>
        <translation>删除联系人分组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="245"/>
        <source>Channel added</source>
        <translation>新增通道</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="246"/>
        <source>Channel changed</source>
        <translation>修改通道</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="247"/>
        <source>Channel routes changed</source>
        <translation>修改通道路由</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="248"/>
        <source>Failure code mapped</source>
        <translation>设置失败代码归类</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="249"/>
        <source>Failure code mapping deleted</source>
        <translation>删除失败代码归类</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="250"/>
        <source>Channel connection tested</source>
        <translation>测试通道连接</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="251"/>
        <source>Installation setting changed</source>
        <translation>修改系统设置</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="252"/>
        <source>Default signature chosen</source>
        <translation>设置默认签名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="253"/>
        <source>Signature added</source>
        <translation>新增签名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="254"/>
        <source>Signature changed</source>
        <translation>修改签名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="255"/>
        <source>Signature deleted</source>
        <translation>删除签名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="256"/>
        <source>Number added to a blacklist</source>
        <translation>添加黑名单号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="257"/>
        <source>Numbers imported into a blacklist</source>
        <translation>导入黑名单号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="258"/>
        <source>Numbers removed from a blacklist</source>
        <translation>移出黑名单号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="259"/>
        <source>Recipients unsubscribed by reply</source>
        <translation>用户回复退订</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="260"/>
        <source>Sensitive word added</source>
        <translation>新增敏感词</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="261"/>
        <source>Sensitive words imported</source>
        <translation>导入敏感词</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="262"/>
        <source>Sensitive words deleted</source>
        <translation>删除敏感词</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="263"/>
        <source>Phrase added</source>
        <translation>新增常用语</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="264"/>
        <source>Phrase changed</source>
        <translation>修改常用语</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="265"/>
        <source>Phrase deleted</source>
        <translation>删除常用语</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="266"/>
        <source>Phrase group added</source>
        <translation>新增常用语分组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="267"/>
        <source>Phrase group renamed</source>
        <translation>重命名常用语分组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="268"/>
        <source>Phrase group deleted</source>
        <translation>删除常用语分组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="269"/>
        <source>Template added</source>
        <translation>新增模板</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="270"/>
        <source>Template changed</source>
        <translation>修改模板</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="271"/>
        <source>Template deleted</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="272"/>
        <source>Template approved</source>
        <translation>审核通过模板</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="273"/>
        <source>Template rejected</source>
        <translation>驳回模板</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="274"/>
        <source>Dispatcher account created</source>
        <translation>创建发送服务账号</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="275"/>
        <source>Dispatcher password changed</source>
        <translation>修改发送服务密码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="276"/>
        <source>Dispatcher started</source>
        <translation>发送服务启动</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="277"/>
        <source>Dispatcher stopped answering</source>
        <translation>发送服务失去响应</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="278"/>
        <source>Sign-in gate password reset</source>
        <translation>重置登录入口密码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="279"/>
        <source>Old records purged</source>
        <translation>清理过期记录</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="280"/>
        <source>Price changed</source>
        <translation>修改单价</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="281"/>
        <source>Price removed</source>
        <translation>删除单价</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="282"/>
        <source>Report figures rebuilt</source>
        <translation>重新统计报表</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="283"/>
        <source>Complaining number blacklisted</source>
        <translation>投诉号码加入黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="284"/>
        <source>Reply deleted</source>
        <translation>删除回复</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="285"/>
        <source>Number check started</source>
        <translation>发起号码检测</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="286"/>
        <source>Number check cancelled</source>
        <translation>取消号码检测</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="287"/>
        <source>Number check deleted</source>
        <translation>删除号码检测</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="288"/>
        <source>Number check provider changed</source>
        <translation>修改号码检测服务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="293"/>
        <source>Reported by a console: %1</source>
        <translation>客户端上报：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="306"/>
        <source>Dispatcher %1</source>
        <translation>发送服务 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="308"/>
        <source>Dispatcher</source>
        <translation>发送服务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="310"/>
        <source>Sign-in gate</source>
        <translation>登录入口</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="311"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="315"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="316"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="317"/>
        <source>amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="318"/>
        <source>limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="319"/>
        <source>balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="320"/>
        <source>recipients</source>
        <translation>号码数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="321"/>
        <source>reserved</source>
        <translation>预扣</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="322"/>
        <source>segments</source>
        <translation>条数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="323"/>
        <source>sensitive words masked</source>
        <translation>已替换敏感词</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="324"/>
        <source>messages refunded</source>
        <translation>退回条数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="325"/>
        <source>send at</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="326"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="327"/>
        <source>list</source>
        <translation>名单</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="328"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="329"/>
        <source>already listed</source>
        <translation>已存在</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="330"/>
        <source>received</source>
        <translation>收到</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="331"/>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="332"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="333"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="334"/>
        <source>enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="335"/>
        <source>public</source>
        <translation>公开</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="336"/>
        <source>group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="337"/>
        <source>login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="338"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="339"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="340"/>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="341"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="342"/>
        <source>setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="343"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="344"/>
        <source>channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="345"/>
        <source>system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="346"/>
        <source>computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="347"/>
        <source>program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="348"/>
        <source>task no.</source>
        <translation>任务编号</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="349"/>
        <source>check no.</source>
        <translation>检测编号</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="350"/>
        <source>blacklisted numbers</source>
        <translation>黑名单号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="351"/>
        <source>numbers</source>
        <translation>号码数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="352"/>
        <source>provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="353"/>
        <source>template no.</source>
        <translation>模板编号</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="354"/>
        <source>owner no.</source>
        <translation>所有者编号</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="355"/>
        <source>batch no.</source>
        <translation>批次编号</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="356"/>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="357"/>
        <source>full numbers</source>
        <translation>完整号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="358"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="359"/>
        <source>reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="360"/>
        <source>reviewed</source>
        <translation>需审核</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="361"/>
        <source>from</source>
        <translation>原</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="362"/>
        <source>to</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="363"/>
        <source>moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="364"/>
        <source>left out</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="365"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="366"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="386"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="386"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="400"/>
        <source>global blacklist</source>
        <translation>全局黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="423"/>
        <source>Use TLS when the server offers it</source>
        <translation>服务器支持时使用 TLS</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="424"/>
        <source>Always use TLS (certificate not checked)</source>
        <translation>始终使用 TLS（不验证证书）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="425"/>
        <source>TLS with the server&apos;s certificate checked</source>
        <translation>使用 TLS 并验证服务器证书</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="426"/>
        <source>TLS with the certificate and server name checked</source>
        <translation>使用 TLS 并验证证书和服务器名称</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="427"/>
        <source>No TLS</source>
        <translation>不使用 TLS</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="428"/>
        <source>TLS only when the server insists</source>
        <translation>仅在服务器要求时使用 TLS</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/code_labels.py" line="432"/>
        <source>Other (%1)</source>
        <translation>其他（%1）</translation>
    </message>
</context>
<context>
    <name>CommonLabels</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/common_labels.py" line="16"/>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/common_labels.py" line="17"/>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/common_labels.py" line="18"/>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/common_labels.py" line="19"/>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/common_labels.py" line="27"/>
        <source>China Mobile</source>
        <translation>中国移动</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/common_labels.py" line="28"/>
        <source>China Unicom</source>
        <translation>中国联通</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/common_labels.py" line="29"/>
        <source>China Telecom</source>
        <translation>中国电信</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/common_labels.py" line="30"/>
        <source>China Broadnet</source>
        <translation>中国广电</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="112"/>
        <source>Complaint handling</source>
        <translation>投诉处理</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="120"/>
        <source>Add numbers to blacklist…</source>
        <translation>号码加入黑名单…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="123"/>
        <source>Select the messages whose numbers should no longer receive SMS.</source>
        <translation>选择不应再收到短信的号码所在的短信。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="128"/>
        <source>Administrators put numbers on blacklists.</source>
        <translation>由管理员将号码加入黑名单。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/reports/complaints_page.py" line="165"/>
        <source>%Ln number(s) added to the blacklist; %2 were on it already.</source>
        <translation>
            <numerusform>已将 %Ln 个号码加入黑名单；%2 个已在名单中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="185"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="281"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="650"/>
        <source>(no signature)</source>
        <translation>（不加签名）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="284"/>
        <source>Message text. Ctrl+Enter previews.</source>
        <translation>短信内容。按 Ctrl+Enter 预览。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="292"/>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="294"/>
        <source>Send at</source>
        <translation>定时发送</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="312"/>
        <source>Task name</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="313"/>
        <source>Kind</source>
        <translation>短信类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="314"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="315"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="318"/>
        <source>When</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="319"/>
        <source>Message</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="324"/>
        <source>Phrases</source>
        <translation>常用语</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="331"/>
        <source>Type or paste numbers, separated by commas, spaces, semicolons or lines</source>
        <translation>输入或粘贴号码，用逗号、空格、分号或换行分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="352"/>
        <source>No file</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="353"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="339"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="356"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="383"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="389"/>
        <source>Phone column</source>
        <translation>号码列</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="394"/>
        <source>Add contact group…</source>
        <translation>添加通讯录分组…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="397"/>
        <source>Clear address-book picks</source>
        <translation>清除通讯录选择</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="409"/>
        <source>Numbers</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="412"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1290"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="415"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1290"/>
        <source>Address book</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="417"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="497"/>
        <source>Recipients</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="420"/>
        <source>Preview (Ctrl+Enter)</source>
        <translation>预览 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="424"/>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="479"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="480"/>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="481"/>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="482"/>
        <source>Blacklisted</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="489"/>
        <source>View / save…</source>
        <translation>查看 / 保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="504"/>
        <source>Message and cost</source>
        <translation>短信与费用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="535"/>
        <source>Sample messages</source>
        <translation>短信样例</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="597"/>
        <source>Compose another task</source>
        <translation>再写一条任务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="923"/>
        <source>Marketing messages end with “%1” (counted above).</source>
        <translation>营销短信末尾自动加上“%1”（已计入字数）。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="933"/>
        <source>Choose a file of numbers</source>
        <translation>选择号码文件</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="933"/>
        <source>Tables (%1)</source>
        <translation>表格 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="959"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1020"/>
        <source>Send to a contact group</source>
        <translation>发送给通讯录分组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1045"/>
        <source>groups (with sub-groups): %1</source>
        <translation>分组（含子分组）：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1046"/>
        <source>Nothing picked from the address book</source>
        <translation>未从通讯录选择</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1065"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1073"/>
        <source>Add recipients first: type numbers, choose a file or pick from the address book.</source>
        <translation>请先添加接收人：输入号码、选择文件或从通讯录选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1077"/>
        <source>Preparing the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1109"/>
        <source>Preview of “%1”</source>
        <translation>“%1”的预览</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1121"/>
        <source>Characters</source>
        <translation>字数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="365"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1122"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1123"/>
        <source>Segments per message</source>
        <translation>每条计费条数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1124"/>
        <source>Segments in total</source>
        <translation>总计费条数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1125"/>
        <source>Estimated cost</source>
        <translation>预计费用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1126"/>
        <source>Quota left</source>
        <translation>剩余额度</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1127"/>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1240"/>
        <source>The send time is in the past. Choose a later time or send now.</source>
        <translation>发送时间已过。请选择以后的时间或立即发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1242"/>
        <source>No valid recipient is left.</source>
        <translation>没有剩余的有效接收人。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1244"/>
        <source>The content is longer than the %1 characters allowed for this kind.</source>
        <translation>内容超过了此类短信允许的 %1 个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1246"/>
        <source>The message has no content.</source>
        <translation>短信没有内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1248"/>
        <source>The signature cannot be used.</source>
        <translation>该签名不可用。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1252"/>
        <source>A task name has at most 200 characters.</source>
        <translation>任务名称最多 200 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1258"/>
        <source>Marketing messages are sent only in the allowed hours: this task waits until %1.</source>
        <translation>营销短信只在允许的时段发送：本任务将等到 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1262"/>
        <source>Sensitive words will be replaced by *: %1</source>
        <translation>敏感词将被替换为 *：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1264"/>
        <source>Your tasks need approval: this one will wait for a reviewer.</source>
        <translation>您的任务需要审核：本任务将等待审核员批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1272"/>
        <source>Valid numbers</source>
        <translation>有效号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1273"/>
        <source>Invalid numbers</source>
        <translation>无效号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1274"/>
        <source>Duplicate numbers</source>
        <translation>重复号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1275"/>
        <source>Blacklisted numbers</source>
        <translation>黑名单号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1353"/>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1394"/>
        <source>queued for sending</source>
        <translation>已排队等待发送</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1395"/>
        <source>scheduled</source>
        <translation>已定时</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1396"/>
        <source>waiting for approval</source>
        <translation>等待审核</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1402"/>
        <source>Task %1 is %2.</source>
        <translation>任务 %1 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="336"/>
        <source>View…</source>
        <translation>查看…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="725"/>
        <source>The draft could not be saved: %1</source>
        <translation>草稿未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="745"/>
        <source>The draft could not be read: %1</source>
        <translation>草稿未能读取：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="836"/>
        <source>Pasted list: counting the numbers…</source>
        <translation>粘贴的号码：正在计数…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="862"/>
        <source>Pasted numbers</source>
        <translation>粘贴的号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1363"/>
        <source>The connection to the database was lost while submitting. The task is submitted again as soon as the database can be reached; it is queued once, never twice.</source>
        <translation>提交时与数据库的连接断开了。数据库恢复连接后会自动重新提交；同一任务只会排队一次，不会重复。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1250"/>
        <source>The content holds sensitive words and cannot be sent: %1</source>
        <translation>内容含有敏感词，不能发送：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="516"/>
        <source>Send the replaced text</source>
        <translation>发送已替换的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="519"/>
        <source>Edit the words…</source>
        <translation>修改这些词…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="526"/>
        <source>As it will be sent</source>
        <translation>实际发送的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="552"/>
        <source>Back to edit (Esc)</source>
        <translation>返回修改 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="555"/>
        <source>Confirm and submit (Ctrl+Enter)</source>
        <translation>确认提交 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="594"/>
        <source>View task</source>
        <translation>查看任务</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="789"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="812"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="984"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="854"/>
        <source>Pasted list: %Ln number(s) (not shown in the box above)</source>
        <translation>
            <numerusform>粘贴的号码：%Ln 个（未显示在上面的输入框中）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="908"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="910"/>
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln 条计费</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="912"/>
        <source>%Ln or more recipient(s)</source>
        <translation>
            <numerusform>至少 %Ln 个接收人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="913"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1408"/>
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln 个接收人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="914"/>
        <source>estimated cost %1</source>
        <translation>预计费用 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="918"/>
        <source>over the limit of %Ln character(s)</source>
        <translation>
            <numerusform>超过 %Ln 字上限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1042"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1097"/>
        <source>Not enough quota: %Ln segment(s) short. Nothing was submitted.</source>
        <translation>
            <numerusform>额度不足：还差 %Ln 条。未提交任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1229"/>
        <source>%Ln segment(s) needed</source>
        <translation>
            <numerusform>需要 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1230"/>
        <source>%Ln left</source>
        <comment>segments</comment>
        <translation>
            <numerusform>剩余 %Ln 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1232"/>
        <source>Not enough quota: %1, %2, %3. Ask an administrator of %4 to top up your quota, or send to fewer recipients.</source>
        <translation>额度不足：%1，%2，%3。请联系 %4 的管理员充值，或减少收件人。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1236"/>
        <source>%Ln short</source>
        <comment>segments</comment>
        <translation>
            <numerusform>差 %Ln 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1253"/>
        <source>The task cannot be submitted as it is.</source>
        <translation>该任务目前无法提交。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1277"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1283"/>
        <source>Times given</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1290"/>
        <source>Typed</source>
        <translation>手工输入</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1299"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1299"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1299"/>
        <source>As given</source>
        <translation>原始内容</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1299"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1305"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1334"/>
        <source>Blacklist</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1311"/>
        <source>item %1</source>
        <translation>第 %1 个</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1316"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1317"/>
        <source>not a number</source>
        <translation>不是号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1318"/>
        <source>letters or symbols</source>
        <translation>含字母或符号</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1319"/>
        <source>rounded by Excel (1.38E+10)</source>
        <translation>被 Excel 四舍五入（1.38E+10）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1320"/>
        <source>too short</source>
        <translation>位数不足</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1321"/>
        <source>too long</source>
        <translation>位数过多</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1322"/>
        <source>no such mobile prefix</source>
        <translation>无此手机号段</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1323"/>
        <source>unknown country code</source>
        <translation>未知国家代码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1324"/>
        <source>no such number</source>
        <translation>无此号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1325"/>
        <source>not a mobile number</source>
        <translation>不是手机号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1326"/>
        <source>the contact has no mobile number</source>
        <translation>该联系人没有手机号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1327"/>
        <source>not a valid number</source>
        <translation>不是有效号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1331"/>
        <source>Global blacklist</source>
        <translation>全局黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1332"/>
        <source>Blacklist of this message kind</source>
        <translation>本短信类型的黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1333"/>
        <source>Blacklist of your group</source>
        <translation>本用户组的黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1404"/>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1409"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1410"/>
        <source>%Ln segment(s) reserved from your quota.</source>
        <translation>
            <numerusform>已从您的额度中预留 %Ln 条。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1177"/>
        <source>No sensitive words.</source>
        <translation>没有敏感词。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1181"/>
        <source>Sensitive words are refused by this installation: %1. Edit them to send.</source>
        <translation>本系统不允许发送含敏感词的内容：%1。请修改后再发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1188"/>
        <source>Sensitive words found: %1. They go out replaced by *, as marked above.</source>
        <translation>发现敏感词：%1。发送时将被替换为 *（如上方标出）。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1204"/>
        <source>Tick “Send the replaced text” or edit the words first.</source>
        <translation>请先勾选“发送已替换的内容”，或修改这些词。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="1237"/>
        <source>your group</source>
        <translation>您所在的用户组</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="34"/>
        <source>Database connection</source>
        <translation>数据库连接</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="38"/>
        <source>Use the embedded database on this computer (trial, one seat)</source>
        <translation>使用本机内置数据库（试用、单机）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="42"/>
        <source>server name or address</source>
        <translation>服务器名称或地址</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="63"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="64"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="65"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="66"/>
        <source>TLS:</source>
        <translation>TLS 加密：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="67"/>
        <source>CA certificate:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="53"/>
        <source>CA certificate file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="54"/>
        <source>Needed when the server&apos;s certificate is checked.</source>
        <translation>验证服务器证书时需要。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="55"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="131"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="141"/>
        <source>Connected: the server holds an SMS Desk database.</source>
        <translation>连接成功：服务器上有 SMS Desk 数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="142"/>
        <source>The server answers, but has no SMS Desk database by that name.</source>
        <translation>服务器有响应，但没有这个名称的 SMS Desk 数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="143"/>
        <source>Cannot reach the server. Check the address, the port and the network.</source>
        <translation>无法连接服务器。请检查地址、端口和网络。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="152"/>
        <source>Enter the server&apos;s name or address.</source>
        <translation>请输入服务器名称或地址。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="52"/>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="52"/>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="77"/>
        <source>Group:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="78"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="79"/>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="81"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="82"/>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="83"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="95"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="96"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="117"/>
        <source>Shown masked. Type a new number to replace it, or leave it as it is.</source>
        <translation>号码已隐藏显示。输入新号码即替换，不改动则保留原号码。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="126"/>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="152"/>
        <source>Not a valid mobile number</source>
        <translation>不是有效的手机号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="134"/>
        <source>Valid: %1</source>
        <translation>有效：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="141"/>
        <source>No number</source>
        <translation>没有号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="142"/>
        <source>Not a number</source>
        <translation>不是号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="143"/>
        <source>Has characters no phone number has</source>
        <translation>含有电话号码不会有的字符</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="144"/>
        <source>Excel rounded this number (e.g. 1.38E+10); its digits are lost</source>
        <translation>Excel 已把该号码四舍五入（如 1.38E+10），部分数字已丢失</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="145"/>
        <source>Too short for a mobile number</source>
        <translation>位数太少，不是手机号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="146"/>
        <source>Too long for a mobile number</source>
        <translation>位数太多，不是手机号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="147"/>
        <source>No mainland mobile number starts like this</source>
        <translation>没有以此开头的大陆手机号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="148"/>
        <source>Unknown country code</source>
        <translation>未知的国家代码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="149"/>
        <source>Not a valid number</source>
        <translation>不是有效号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="150"/>
        <source>A landline or service number: it cannot receive SMS</source>
        <translation>这是固话或服务号码，无法接收短信</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="152"/>
        <source> (it is kept, marked invalid)</source>
        <translation>（仍会保存，并标记为无效）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="174"/>
        <source>Give a name or a mobile number.</source>
        <translation>请填写姓名或手机号码。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="176"/>
        <source>That is not an email address.</source>
        <translation>邮箱地址格式不正确。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="232"/>
        <source>Their version is shown now; make your change again and save.</source>
        <translation>现已显示对方保存的内容；请重新修改后再保存。</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="69"/>
        <source>Not a valid mobile number; it cannot be sent to</source>
        <translation>不是有效的手机号码，无法向其发送</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="71"/>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="78"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="79"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="80"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="81"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="82"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="83"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="86"/>
        <source>Address book</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="88"/>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="118"/>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="574"/>
        <source>New group…</source>
        <translation>新建分组…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="119"/>
        <source>New sub-group…</source>
        <translation>新建子分组…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="120"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="121"/>
        <source>Move to…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="122"/>
        <source>Delete group…</source>
        <translation>删除分组…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="123"/>
        <source>Custom fields…</source>
        <translation>自定义字段…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="125"/>
        <source>New contact…</source>
        <translation>新建联系人…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="127"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="129"/>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="538"/>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="643"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="131"/>
        <source>Move or copy to…</source>
        <translation>移动或复制到…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="132"/>
        <source>Send SMS to selection</source>
        <translation>给所选联系人发短信</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="133"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="134"/>
        <source>Export group…</source>
        <translation>导出分组…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="135"/>
        <source>Export selection…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="136"/>
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="160"/>
        <source>Include sub-groups</source>
        <translation>包含子分组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="171"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="189"/>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="440"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="224"/>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="810"/>
        <source>Contacts</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="339"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="790"/>
        <source>%Ln selected contact(s)</source>
        <translation>
            <numerusform>所选的 %Ln 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="830"/>
        <source>%Ln contact(s) exported to %2.</source>
        <translation>
            <numerusform>已导出 %Ln 个联系人到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="410"/>
        <source>New contact in the chosen group</source>
        <translation>在所选分组中新建联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="426"/>
        <source>Hand the selected contacts to the sending tab</source>
        <translation>把所选联系人交给短信发送页</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="428"/>
        <source>Sending from the address book becomes available with the sending tab</source>
        <translation>安装短信发送页后才能从通讯录直接发送</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="439"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="456"/>
        <source>New group</source>
        <translation>新建分组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="457"/>
        <source>Name of the new group:</source>
        <translation>新分组名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="467"/>
        <source>New sub-group</source>
        <translation>新建子分组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="468"/>
        <source>Name of the new sub-group of %1:</source>
        <translation>“%1”的新子分组名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="488"/>
        <source>Rename group</source>
        <translation>重命名分组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="489"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="501"/>
        <source>Move group %1 to…</source>
        <translation>把分组“%1”移动到…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="531"/>
        <source>Delete group</source>
        <translation>删除分组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="532"/>
        <source>Delete the group “%1”?</source>
        <translation>删除分组“%1”？</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="539"/>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="644"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="640"/>
        <source>Delete contacts</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="670"/>
        <source>%1 were left out: their number is already in that group.</source>
        <translation>%1 个未处理：目标分组中已有相同号码。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="690"/>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="690"/>
        <source>Tables (%1)</source>
        <translation>表格文件 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="706"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="752"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="774"/>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="776"/>
        <source>Export contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="776"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="804"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="805"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="806"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="807"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="808"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="809"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="816"/>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="833"/>
        <source>Numbers are masked.</source>
        <translation>号码已隐藏中间四位。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="843"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="850"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="149"/>
        <source>Search name, mobile or email</source>
        <translation>搜索姓名、手机号或邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="150"/>
        <source>Searches all contacts: any part of a name, the start or end of a mobile number (尾号), the start of an email.</source>
        <translation>搜索全部联系人：姓名的任意部分、手机号的开头或尾号、邮箱的开头。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="366"/>
        <source>%Ln contact(s) found</source>
        <translation>
            <numerusform>找到 %Ln 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="368"/>
        <source>More than %Ln contacts match; showing %Ln. Make the search narrower.</source>
        <translation>
            <numerusform>匹配的联系人超过 %Ln 个，仅显示 %Ln 个。请缩小搜索范围。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="370"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="411"/>
        <source>New contact: you choose which group of the address book it goes into</source>
        <translation>新建联系人：选择放入通讯录的哪个分组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="415"/>
        <source>Import contacts into the chosen group</source>
        <translation>导入联系人到所选分组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="416"/>
        <source>Import contacts: you choose which group of the address book they go into</source>
        <translation>导入联系人：选择放入通讯录的哪个分组</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="534"/>
        <source>%1 sub-groups and %Ln contact(s) are deleted with it. This cannot be undone.</source>
        <translation>
            <numerusform>其下 %1 个子分组和 %Ln 个联系人将一并删除，且无法恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="572"/>
        <source>Contacts are kept in groups, and this address book has none yet.</source>
        <translation>联系人需放在分组中，这个通讯录还没有分组。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="573"/>
        <source>Create a group first, for example “Customers”.</source>
        <translation>请先新建一个分组，例如“客户”。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="588"/>
        <source>New contact: which group?</source>
        <translation>新建联系人：放入哪个分组？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="641"/>
        <source>Delete %Ln contact(s)?</source>
        <translation>
            <numerusform>删除 %Ln 个联系人？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="655"/>
        <source>Move or copy %Ln contact(s) to…</source>
        <translation>
            <numerusform>把 %Ln 个联系人移动或复制到…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="668"/>
        <source>%Ln contact(s) moved or copied.</source>
        <translation>
            <numerusform>已移动或复制 %Ln 个联系人。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="684"/>
        <source>Import contacts: into which group?</source>
        <translation>导入联系人：导入到哪个分组？</translation>
    </message>
</context>
<context>
    <name>ConversionPanel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="607"/>
        <source>No marketing tasks in this range</source>
        <translation>此范围内没有营销任务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="614"/>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="643"/>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="614"/>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="643"/>
        <source>Opt-outs</source>
        <translation>退订</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="631"/>
        <source>Messages: %1 · delivered: %2</source>
        <translation>短信：%1 · 成功：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="633"/>
        <source>Replies: %1 (%2 of delivered)</source>
        <translation>回复：%1（占成功的 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="635"/>
        <source>Opt-outs: %1 (%2 of delivered)</source>
        <translation>退订：%1（占成功的 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="642"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="642"/>
        <source>Sent at</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="642"/>
        <source>Messages</source>
        <translation>短信数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="643"/>
        <source>Reply rate</source>
        <translation>回复率</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="643"/>
        <source>Opt-out rate</source>
        <translation>退订率</translation>
    </message>
</context>
<context>
    <name>CostReportPage</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/cost_page.py" line="21"/>
        <source>Cost</source>
        <translation>发送费用统计</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/cost_page.py" line="25"/>
        <source>Group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/cost_page.py" line="26"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/cost_page.py" line="27"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/cost_page.py" line="28"/>
        <source>Segments charged</source>
        <translation>计费条数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/cost_page.py" line="29"/>
        <source>Segments refunded</source>
        <translation>退还条数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/cost_page.py" line="30"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/cost_page.py" line="35"/>
        <source>Charged: segments delivered (only delivered messages are billed). Refunded: segments of messages that failed, expired or were cancelled, given back to the sender&apos;s quota. Money at the prices recorded on each task when it was submitted.</source>
        <translation>计费：成功送达的条数（只对送达的短信计费）。退还：失败、过期或已取消短信的条数，已退回发送人的配额。金额按每个任务提交时记录的单价计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/cost_page.py" line="41"/>
        <source>Price list…</source>
        <translation>价格表…</translation>
    </message>
</context>
<context>
    <name>DailyReportPage</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/daily_page.py" line="41"/>
        <source>Daily report</source>
        <translation>短信日报</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/daily_page.py" line="44"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/row_table.py" line="234"/>
        <source>Default columns</source>
        <translation>恢复默认列</translation>
    </message>
</context>
<context>
    <name>DatabaseBanner</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/database_banner.py" line="38"/>
        <source>Try now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/database_banner.py" line="75"/>
        <source>The database has been unreachable since %1.</source>
        <translation>自 %1 起无法连接数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/database_banner.py" line="80"/>
        <source>SMS Desk tries to reconnect by itself (next try in %1 s). What you have typed is kept; work that was running when the connection was lost says whether it went through.</source>
        <translation>SMS Desk 会自动重新连接（%1 秒后再试）。您已输入的内容会保留；连接断开时正在进行的操作会提示是否已完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/database_banner.py" line="85"/>
        <source>SMS Desk is reconnecting now. What you have typed is kept; work that was running when the connection was lost says whether it went through.</source>
        <translation>SMS Desk 正在重新连接。您已输入的内容会保留；连接断开时正在进行的操作会提示是否已完成。</translation>
    </message>
</context>
<context>
    <name>DefaultSignatureDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="384"/>
        <source>Default signature of %1</source>
        <translation>%1 的默认签名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="392"/>
        <source>Users of %1 and of its sub-groups without a default of their own send with:</source>
        <translation>%1 及其没有自己默认签名的下级组的用户发送时使用：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="395"/>
        <source>%1 has no signatures of its own yet. Add them in the Library tab, then choose the default here.</source>
        <translation>%1 还没有自己的签名。请先在“素材库”中添加，再在这里选择默认签名。</translation>
    </message>
</context>
<context>
    <name>DispatcherStatusLabel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="114"/>
        <source>Dispatcher: checking…</source>
        <translation>发送服务：检查中…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="191"/>
        <source>Dispatcher: starting…</source>
        <translation>发送服务：启动中…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="193"/>
        <source>Dispatcher: cannot start (see the log)</source>
        <translation>发送服务：无法启动（请查看日志）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="195"/>
        <source>Dispatcher: not running</source>
        <translation>发送服务：未运行</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="198"/>
        <source>Dispatcher: none running</source>
        <translation>发送服务：无运行中的实例</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="200"/>
        <source>Dispatcher: %1 of %2 up · %3 msg/s</source>
        <translation>发送服务：%2中 %1 个在线 · %3 条/秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="202"/>
        <source>%Ln channel(s)</source>
        <translation>
            <numerusform>%Ln 个通道</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="205"/>
        <source>down: %1</source>
        <translation>故障：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="207"/>
        <source>Dispatcher processes running: %1</source>
        <translation>运行中的发送服务进程：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="209"/>
        <source>This console runs one of them and restarts it if it stops.</source>
        <translation>本控制台运行其中一个，并在其停止时自动重启。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="212"/>
        <source>None has reported in the last 15 seconds; queued messages wait until one runs.
With a shared database the dispatcher runs as a service on a server,
or on the workstation IT made the dispatcher host, not in every console. Ask IT to start it.</source>
        <translation>最近 15 秒内没有发送服务上报状态；排队的短信会一直等待，直到有发送服务运行。
使用共享数据库时，发送服务作为服务运行在服务器上，
或运行在 IT 指定为发送主机的工作站上，而不是在每个控制台中运行。请联系 IT 启动它。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="221"/>
        <source>Dispatcher: unknown</source>
        <translation>发送服务：状态未知</translation>
    </message>
</context>
<context>
    <name>EncodingCombo</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/encoding_picker.py" line="33"/>
        <source>Detected: %1</source>
        <translation>检测到：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/encoding_picker.py" line="33"/>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
</context>
<context>
    <name>EncodingDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/encoding_picker.py" line="47"/>
        <source>Choose the file&apos;s encoding</source>
        <translation>选择文件编码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/encoding_picker.py" line="57"/>
        <source>Files saved by Excel on Chinese Windows are usually GBK/GB18030; from Hong Kong or Taiwan, Big5. The first rows are shown before anything is imported, so you can check the names read right.</source>
        <translation>中文 Windows 上的 Excel 保存的文件通常是 GBK/GB18030；香港、台湾的文件通常是 Big5。导入前会先显示前几行，您可以检查姓名等文字是否显示正确。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/encoding_picker.py" line="63"/>
        <source>Read with this encoding</source>
        <translation>按此编码读取</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/encoding_picker.py" line="64"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/error_dialog.py" line="27"/>
        <source>SMS Desk</source>
        <translation>SMS Desk 短信平台</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/error_dialog.py" line="40"/>
        <source>SMS Desk: unexpected error</source>
        <translation>SMS Desk：意外错误</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/error_dialog.py" line="42"/>
        <source>Something unexpected went wrong. Your work so far is kept; the details are in the log file.</source>
        <translation>发生了意外错误。您已完成的工作已保存，详细信息见日志文件。</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="203"/>
        <location filename="../../desktop/smsdesk/ui/widgets/export_bar.py" line="34"/>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="220"/>
        <source>Export messages</source>
        <translation>导出短信明细</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="220"/>
        <location filename="../../desktop/smsdesk/ui/widgets/export_bar.py" line="51"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="236"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="237"/>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="238"/>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="239"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="240"/>
        <source>Segments</source>
        <translation>条数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="241"/>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="242"/>
        <source>Receipt</source>
        <translation>回执时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="243"/>
        <source>Failure</source>
        <translation>失败类别</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="244"/>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="245"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="246"/>
        <source>Messages</source>
        <translation>短信明细</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="252"/>
        <location filename="../../desktop/smsdesk/ui/widgets/export_bar.py" line="64"/>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="263"/>
        <location filename="../../desktop/smsdesk/ui/widgets/export_bar.py" line="74"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="277"/>
        <source>%Ln message(s) exported to %2.</source>
        <translation>
            <numerusform>已导出 %Ln 条短信到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="279"/>
        <source>Numbers are masked.</source>
        <translation>号码已脱敏。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="293"/>
        <location filename="../../desktop/smsdesk/ui/widgets/export_bar.py" line="106"/>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/widgets/export_bar.py" line="86"/>
        <source>%Ln row(s) written…</source>
        <translation>
            <numerusform>已写入 %Ln 行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/widgets/export_bar.py" line="91"/>
        <source>%Ln row(s) exported to %2.</source>
        <translation>
            <numerusform>已导出 %Ln 行到 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailureMappingDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/failure_dialog.py" line="34"/>
        <source>Failure code</source>
        <translation>失败代码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/failure_dialog.py" line="34"/>
        <source>Edit failure code</source>
        <translation>编辑失败代码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/failure_dialog.py" line="36"/>
        <source>Every channel</source>
        <translation>所有通道</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/failure_dialog.py" line="44"/>
        <source>e.g. UNDELIV, 0x00000058 or 027</source>
        <translation>例如 UNDELIV、0x00000058 或 027</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/failure_dialog.py" line="49"/>
        <source>Temporary: try the message again later</source>
        <translation>临时故障：稍后重试该短信</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/failure_dialog.py" line="62"/>
        <source>Applies to:</source>
        <translation>适用于：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/failure_dialog.py" line="63"/>
        <source>Where the code comes from:</source>
        <translation>代码来源：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/failure_dialog.py" line="64"/>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/failure_dialog.py" line="65"/>
        <source>Counts as:</source>
        <translation>归类为：</translation>
    </message>
</context>
<context>
    <name>FailuresPanel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="479"/>
        <source>No failed messages in this range</source>
        <translation>此范围内没有失败的短信</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="494"/>
        <source>Failed in all: %1</source>
        <translation>失败合计：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="504"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="505"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>FieldsDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="31"/>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="35"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="36"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="37"/>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="39"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="49"/>
        <source>Fields of the address book %1:</source>
        <translation>通讯录“%1”的字段：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="86"/>
        <source>New field</source>
        <translation>新建字段</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="86"/>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="92"/>
        <source>Name of the field:</source>
        <translation>字段名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="92"/>
        <source>Rename field</source>
        <translation>重命名字段</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="100"/>
        <source>Remove field</source>
        <translation>删除字段</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="101"/>
        <source>Remove the field “%1” and its value in every contact?</source>
        <translation>删除字段“%1”以及所有联系人中该字段的值？</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="64"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="64"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="64"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="65"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="65"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="66"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="66"/>
        <source>Last 13 months</source>
        <translation>最近 13 个月</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="67"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="67"/>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="80"/>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="146"/>
        <source>All groups I see</source>
        <translation>我可见的全部分组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="81"/>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="148"/>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="82"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="83"/>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="149"/>
        <source>All channels</source>
        <translation>全部通道</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="85"/>
        <source>All carriers</source>
        <translation>全部运营商</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="87"/>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="150"/>
        <source>All templates</source>
        <translation>全部模板</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/filter_bar.py" line="93"/>
        <source>Period:</source>
        <translation>时间范围：</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="13"/>
        <source>Create the first administrator</source>
        <translation>创建首个管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="20"/>
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="24"/>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="25"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="26"/>
        <source>Password again:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="27"/>
        <source>Top-level group:</source>
        <translation>顶级用户组：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="42"/>
        <source>A login has 1 to 32 characters: lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>登录名为 1 到 32 个字符：小写字母、数字、“_”、“.”或“-”。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="44"/>
        <source>A password has at least 8 characters.</source>
        <translation>密码至少 8 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="46"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="48"/>
        <source>A group name has 1 to 100 characters and no &apos;/&apos;.</source>
        <translation>用户组名称为 1 到 100 个字符，且不能包含“/”。</translation>
    </message>
</context>
<context>
    <name>GroupNameDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="87"/>
        <source>Under:</source>
        <translation>上级：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="88"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="89"/>
        <source>Tasks of this group are reviewed before they are sent</source>
        <translation>本组的任务发送前须经审核</translation>
    </message>
</context>
<context>
    <name>GroupPickDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="390"/>
        <source>&amp;Group:</source>
        <translation>用户组(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>GroupPickerDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_picker_dialog.py" line="40"/>
        <source>Copy (keep them where they are too)</source>
        <translation>复制（原分组中也保留）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_picker_dialog.py" line="44"/>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_picker_dialog.py" line="45"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_picker_dialog.py" line="82"/>
        <source>A group cannot move into itself or into one of its sub-groups.</source>
        <translation>分组不能移动到自身或其子分组中。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_picker_dialog.py" line="84"/>
        <source>A group moves only inside its own address book.</source>
        <translation>分组只能在所属的通讯录内移动。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_picker_dialog.py" line="86"/>
        <source>The group is already there.</source>
        <translation>分组已经在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_picker_dialog.py" line="88"/>
        <source>Choose a group.</source>
        <translation>请选择一个分组。</translation>
    </message>
</context>
<context>
    <name>GroupTreeModel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_tree_model.py" line="69"/>
        <source>My contacts</source>
        <translation>我的通讯录</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_tree_model.py" line="137"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_tree_model.py" line="137"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_tree_model.py" line="148"/>
        <source>%Ln contact(s) in this address book</source>
        <translation>
            <numerusform>此通讯录共有 %Ln 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_tree_model.py" line="150"/>
        <source>%1 here, %2 with sub-groups</source>
        <translation>本组 %1，含子组 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_tree_model.py" line="151"/>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_tree_model.py" line="152"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln 个联系人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="122"/>
        <source>Import numbers into a blacklist</source>
        <translation>批量导入黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="128"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="144"/>
        <source>Blacklist:</source>
        <translation>黑名单：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="145"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="148"/>
        <source>Number column:</source>
        <translation>号码列：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="154"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="155"/>
        <source>Choose a file of numbers</source>
        <translation>选择号码文件</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="171"/>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="218"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="198"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="214"/>
        <source>You administer no user group.</source>
        <translation>您没有可管理的用户组。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="216"/>
        <source>Choose the file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="146"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="147"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
</context>
<context>
    <name>ImportMappingDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="48"/>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="62"/>
        <source>The first row holds the column names</source>
        <translation>第一行是列名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="65"/>
        <source>Columns</source>
        <translation>列的对应</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="78"/>
        <source>Skip it (keep the contact as it is)</source>
        <translation>跳过（保留原联系人不变）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="80"/>
        <source>Update the contact with the file&apos;s values</source>
        <translation>用文件中的内容更新该联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="83"/>
        <source>Also import rows whose mobile number is invalid (marked invalid)</source>
        <translation>号码无效的行也导入（标记为无效）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="92"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="94"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="99"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="100"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="104"/>
        <source>Into group:</source>
        <translation>导入到分组：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="106"/>
        <source>A mobile number already in the group, or repeated in the file</source>
        <translation>分组中已有、或文件中重复出现的手机号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="115"/>
        <source>First rows of the file:</source>
        <translation>文件的前几行：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="131"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="154"/>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="155"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="156"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="157"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="158"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="159"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="161"/>
        <source>Field: %1</source>
        <translation>字段：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="163"/>
        <source>New field “%1”</source>
        <translation>新字段“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="238"/>
        <source>No column of this file looks like mobile numbers. Choose the column that holds them.</source>
        <translation>文件中没有哪一列像是手机号码。请选择存放手机号码的列。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="241"/>
        <source>Choose the column that holds the mobile numbers.</source>
        <translation>请选择存放手机号码的列。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="102"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="19"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="25"/>
        <source>%1 was imported into %2.</source>
        <translation>%1 已导入到 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="33"/>
        <source>Rows in the file:</source>
        <translation>文件行数：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="34"/>
        <source>New contacts:</source>
        <translation>新增联系人：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="35"/>
        <source>Contacts updated:</source>
        <translation>更新联系人：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="36"/>
        <source>Invalid mobile numbers:</source>
        <translation>无效号码：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="37"/>
        <source>Duplicates:</source>
        <translation>重复：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="38"/>
        <source>Rows not imported:</source>
        <translation>未导入的行：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="44"/>
        <source>Time taken:</source>
        <translation>用时：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="44"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="46"/>
        <source>Open the rejected rows</source>
        <translation>打开未导入的行</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="54"/>
        <source>The rows not imported, each with its reason, are in %1</source>
        <translation>未导入的行及原因已保存在 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="58"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>KeyFigures</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/key_figures.py" line="28"/>
        <source>Sent</source>
        <translation>发送量</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/key_figures.py" line="29"/>
        <source>Delivered</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/key_figures.py" line="30"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/key_figures.py" line="31"/>
        <source>Pending</source>
        <translation>待回执</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/key_figures.py" line="32"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/key_figures.py" line="38"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/key_figures.py" line="38"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/key_figures.py" line="78"/>
        <source>week before: %1</source>
        <translation>上周同期：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/key_figures.py" line="83"/>
        <source>%1 %2 pts vs week before</source>
        <translation>%1 %2 个百分点（比上周同期）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/key_figures.py" line="86"/>
        <source>%1 %2 vs week before</source>
        <translation>%1 %2（比上周同期）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/key_figures.py" line="91"/>
        <source>The same span a week before: %1</source>
        <translation>上周同期：%1</translation>
    </message>
</context>
<context>
    <name>KnownDeadOffer</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/send_offer.py" line="30"/>
        <source>Drop them</source>
        <translation>剔除这些号码</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/send_offer.py" line="58"/>
        <source>%Ln of these numbers were found empty (%1) or suspended (%2) by a number check in %3: they would fail and lower the delivery rate.</source>
        <translation>
            <numerusform>其中 %Ln 个号码在%3的号码检测中为空号（%1）或停机（%2）：发送会失败并拉低送达率。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/send_offer.py" line="61"/>
        <source>the last %Ln day(s)</source>
        <translation>
            <numerusform>最近 %Ln 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/send_offer.py" line="81"/>
        <source>%Ln number(s) known empty or suspended were dropped.</source>
        <translation>
            <numerusform>已剔除 %Ln 个空号或停机号码。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LatencyPanel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="394"/>
        <source>Expected (seed)</source>
        <translation>预期时长</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="397"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="408"/>
        <source>Delivered: %1</source>
        <translation>成功：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="412"/>
        <source>Expected: %1</source>
        <translation>预期：%1</translation>
    </message>
</context>
<context>
    <name>LibraryLabels</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="27"/>
        <source>Awaiting review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="28"/>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="29"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="33"/>
        <source>Public (group)</source>
        <translation>公共（本组）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="33"/>
        <source>Private</source>
        <translation>私有</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="37"/>
        <source>Global blacklist</source>
        <translation>全局黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="39"/>
        <source>Message kind: %1</source>
        <translation>短信类型：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="40"/>
        <source>User group: %1</source>
        <translation>用户组：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="47"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="48"/>
        <source>longer than 50 characters</source>
        <translation>超过 50 个字</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="49"/>
        <source>control characters</source>
        <translation>含控制字符</translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/library_tab.py" line="54"/>
        <source>Library</source>
        <translation>素材库</translation>
    </message>
</context>
<context>
    <name>ListChooser</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="50"/>
        <source>Global blacklist</source>
        <translation>全局黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="51"/>
        <source>Message kind</source>
        <translation>短信类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="52"/>
        <source>User group</source>
        <translation>用户组</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="113"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="114"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="123"/>
        <source>Save list</source>
        <translation>保存列表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="105"/>
        <source>%Ln row(s); the first %1 are shown, saving writes them all.</source>
        <translation>
            <numerusform>共 %Ln 行，仅显示前 %1 行；保存时写入全部。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="109"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/compose_page.py" line="123"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="57"/>
        <source>SMS Desk: %1</source>
        <translation>SMS Desk 短信平台：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="102"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="103"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="108"/>
        <source>&amp;Sign out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="113"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="118"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="119"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="135"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="136"/>
        <source>&amp;About SMS Desk</source>
        <translation>关于 SMS Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="143"/>
        <source>embedded database</source>
        <translation>内置数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="147"/>
        <source>Database: %1 · PostgreSQL %2</source>
        <translation>数据库：%1 · PostgreSQL %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="151"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="151"/>
        <source>Reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="151"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="175"/>
        <source>Enterprise SMS console</source>
        <translation>企业短信平台操作台</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="176"/>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/main_window.py" line="189"/>
        <source>About SMS Desk</source>
        <translation>关于 SMS Desk</translation>
    </message>
</context>
<context>
    <name>MessageDetailPage</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="60"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="470"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="482"/>
        <source>Message detail</source>
        <translation>短信明细</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="84"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="85"/>
        <source>Not yet final</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="87"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="89"/>
        <source>All failure reasons</source>
        <translation>全部失败原因</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="91"/>
        <source>Unknown carrier</source>
        <translation>未知运营商</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="92"/>
        <source>All carriers</source>
        <translation>全部运营商</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="93"/>
        <source>All groups</source>
        <translation>全部用户组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="94"/>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="95"/>
        <source>All channels</source>
        <translation>全部通道</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="100"/>
        <source>Task no.</source>
        <translation>任务编号</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="105"/>
        <source>Number or its last 4+ digits</source>
        <translation>号码或尾号（至少 4 位）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="111"/>
        <source>Content contains…</source>
        <translation>内容包含…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="115"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="118"/>
        <source>Clear filters</source>
        <translation>清除条件</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="125"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="127"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="146"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="479"/>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="147"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="478"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="148"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="480"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="149"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="481"/>
        <source>Failure reason</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="151"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="481"/>
        <source>SMSC code</source>
        <translation>网关状态码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="152"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="481"/>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="153"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="480"/>
        <source>Receipt</source>
        <translation>回执时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="154"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="480"/>
        <source>Latency (s)</source>
        <translation>延迟（秒）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="157"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="478"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="158"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="477"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="159"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="479"/>
        <source>Segments</source>
        <translation>计费条数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="160"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="478"/>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="161"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="479"/>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="162"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="477"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="163"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="477"/>
        <source>Group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="164"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="477"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="179"/>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="182"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="185"/>
        <source>Open task</source>
        <translation>打开任务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="187"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="226"/>
        <source>Any time</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="281"/>
        <source>template no. %1</source>
        <translation>模板 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="289"/>
        <source>Showing the messages behind a chart</source>
        <translation>显示图表对应的短信</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="395"/>
        <source>%1 found so far; searching older messages…</source>
        <translation>已找到 %1 条，正在查找更早的短信…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="416"/>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="421"/>
        <source>No message matches these filters.</source>
        <translation>没有符合条件的短信。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="423"/>
        <source>%Ln message(s) shown; the search was stopped.</source>
        <translation>
            <numerusform>已显示 %Ln 条短信；查询已停止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="425"/>
        <source>%Ln message(s) shown, newest first; more match.</source>
        <translation>
            <numerusform>已显示 %Ln 条短信（最新在前），还有更多。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="427"/>
        <source>%Ln message(s): all that match.</source>
        <translation>
            <numerusform>共 %Ln 条短信，已全部显示。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="470"/>
        <source>Export message detail</source>
        <translation>导出短信明细</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="85"/>
        <source>Failed or expired</source>
        <translation>失败或过期</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="285"/>
        <source>%1:00 to %2:00</source>
        <translation>%1:00 至 %2:00</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/detail_page.py" line="287"/>
        <source>times are when each task was sent</source>
        <translation>时间为各任务的发送时间</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="21"/>
        <source>A login has 1 to 32 characters: lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>登录名为 1 到 32 个字符：小写字母、数字、“_”、“.”或“-”。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="22"/>
        <source>Wrong login or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="23"/>
        <source>This account is disabled. Ask your administrator.</source>
        <translation>该账号已被禁用，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="27"/>
        <source>Cannot reach the database server. Check the network and the server address.</source>
        <translation>无法连接数据库服务器，请检查网络和服务器地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="28"/>
        <source>The server has no SMS Desk database by that name.</source>
        <translation>服务器上没有该名称的 SMS Desk 数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="29"/>
        <source>The database server does not accept connections from this workstation.</source>
        <translation>数据库服务器不接受本工作站的连接。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="31"/>
        <source>This database has not been set up for SMS Desk. Ask IT to run &apos;smsdesk-admin db init&apos;.</source>
        <translation>该数据库尚未初始化，请 IT 人员运行“smsdesk-admin db init”。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="34"/>
        <source>The database is older than this console. Ask IT to run &apos;smsdesk-admin db upgrade&apos;.</source>
        <translation>数据库版本低于本客户端，请 IT 人员运行“smsdesk-admin db upgrade”。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="36"/>
        <source>The database was upgraded by a newer SMS Desk. Install the newer console.</source>
        <translation>数据库已被更新版本的 SMS Desk 升级，请安装新版客户端。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="37"/>
        <source>You are not allowed to do this.</source>
        <translation>您无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="38"/>
        <source>It no longer exists; somebody may have removed it.</source>
        <translation>该记录已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="39"/>
        <source>That name is already taken.</source>
        <translation>该名称已被使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="40"/>
        <source>The input is not valid.</source>
        <translation>输入内容无效。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="41"/>
        <source>Not enough quota.</source>
        <translation>配额不足。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="42"/>
        <source>The database reported an error.</source>
        <translation>数据库报告了一个错误。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="44"/>
        <source>A phrase cannot be empty.</source>
        <translation>短语不能为空。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="45"/>
        <source>A phrase has at most 500 characters.</source>
        <translation>短语最多 500 个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="46"/>
        <source>A phrase group needs a name.</source>
        <translation>请填写短语组名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="47"/>
        <source>A phrase group name has at most 50 characters.</source>
        <translation>短语组名称最多 50 个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="48"/>
        <source>Enter the signature, for example 【SMS Desk】.</source>
        <translation>请输入签名，例如【短信通】。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="49"/>
        <source>A signature has at least 2 characters inside 【】.</source>
        <translation>签名括号“【】”内至少 2 个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="50"/>
        <source>A signature has at most 8 characters inside 【】.</source>
        <translation>签名括号“【】”内最多 8 个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="51"/>
        <source>A signature cannot contain 【 or 】 inside its brackets.</source>
        <translation>签名的括号内不能再有“【”或“】”。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="52"/>
        <source>The signature&apos;s brackets do not match: write it as 【name】.</source>
        <translation>签名的括号不完整，请写成“【名称】”。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="53"/>
        <source>A signature cannot contain tabs, line breaks or control characters.</source>
        <translation>签名不能包含制表符、换行或控制字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="54"/>
        <source>A template needs a name.</source>
        <translation>请填写模板名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="55"/>
        <source>A template name has at most 100 characters.</source>
        <translation>模板名称最多 100 个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="56"/>
        <source>A template&apos;s text cannot be empty.</source>
        <translation>模板内容不能为空。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="57"/>
        <source>A template has at most 1000 characters.</source>
        <translation>模板内容最多 1000 个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="58"/>
        <source>A 【 in the template is never closed with 】.</source>
        <translation>模板中的“【”没有对应的“】”。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="59"/>
        <source>A 】 in the template closes nothing.</source>
        <translation>模板中多了一个“】”。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="60"/>
        <source>A 【 opens inside another variable; variables cannot be nested.</source>
        <translation>变量中又出现了“【”：变量不能嵌套。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="61"/>
        <source>A variable 【】 in the template has no name.</source>
        <translation>模板中有空的变量“【】”。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="62"/>
        <source>The template is not text.</source>
        <translation>模板内容不是文本。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="63"/>
        <source>Only approved templates can be used to send.</source>
        <translation>只有审核通过的模板才能用于发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="64"/>
        <source>A rejection needs a reason.</source>
        <translation>驳回时必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="65"/>
        <source>A reason has at most 200 characters.</source>
        <translation>原因最多 200 个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="66"/>
        <source>A sensitive word cannot be empty.</source>
        <translation>敏感词不能为空。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="67"/>
        <source>A sensitive word has at most 50 characters.</source>
        <translation>敏感词最多 50 个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="68"/>
        <source>A sensitive word cannot contain tabs, line breaks or control characters.</source>
        <translation>敏感词不能包含制表符、换行或控制字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="69"/>
        <source>That word is already on the list.</source>
        <translation>该词已在敏感词列表中。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="70"/>
        <source>The file holds no usable sensitive words.</source>
        <translation>文件中没有可用的敏感词。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="71"/>
        <source>That is not a phone number.</source>
        <translation>这不是有效的电话号码。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="72"/>
        <source>That number is already on this blacklist.</source>
        <translation>该号码已在此黑名单中。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="73"/>
        <source>No row of the file holds a phone number. Check the file and the column.</source>
        <translation>文件中没有任何一行包含电话号码，请检查文件和所选的列。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="98"/>
        <source>Only an administrator may do this.</source>
        <translation>只有管理员可以执行此操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="99"/>
        <source>That is outside your part of the organisation.</source>
        <translation>该对象不在您管理的组织范围内。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="101"/>
        <source>Your own group&apos;s quota, review setting, name and place are managed by an administrator of the group above it.</source>
        <translation>您所在组的额度、审核设置、名称和位置由上级组的管理员管理。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="105"/>
        <source>An administrator of your own group can only be created or changed by an administrator of a higher group.</source>
        <translation>本组的管理员只能由更上级组的管理员创建或修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="108"/>
        <source>You cannot change your own rights, quota or status.</source>
        <translation>您不能修改自己的权限、额度或状态。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="109"/>
        <source>User %1 is deleted. Restore the user first.</source>
        <translation>用户 %1 已删除，请先恢复该用户。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="110"/>
        <source>That user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="111"/>
        <source>That group no longer exists; somebody may have deleted it.</source>
        <translation>该用户组已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="112"/>
        <source>A group name has 1 to 100 characters and no “/”.</source>
        <translation>用户组名称为 1 到 100 个字符，且不能包含“/”。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="113"/>
        <source>There is already a group called “%1” there.</source>
        <translation>该位置已有名为“%1”的用户组。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="117"/>
        <source>A name has at most 100 characters.</source>
        <translation>姓名最多 100 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="118"/>
        <source>A user is an administrator or an ordinary user.</source>
        <translation>用户类型只能是管理员或普通用户。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="120"/>
        <source>A login has 1 to 32 characters: lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>登录名为 1 到 32 个字符：小写字母、数字、“_”、“.”或“-”，并以字母或数字开头。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="123"/>
        <source>The login %1 is taken. Choose another.</source>
        <translation>登录名 %1 已被占用，请换一个。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="125"/>
        <source>The login %1 belongs to a deleted user. Restore that user (under Deleted users) instead.</source>
        <translation>登录名 %1 属于一个已删除的用户。请在“已删除用户”中恢复该用户。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="127"/>
        <source>The password could not be prepared. Try again.</source>
        <translation>无法处理该密码，请重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="128"/>
        <source>You cannot give a right you do not have yourself.</source>
        <translation>您不能授予自己没有的权限。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="129"/>
        <source>That status is not known.</source>
        <translation>未知的状态。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="130"/>
        <source>User %1 is not deleted.</source>
        <translation>用户 %1 未被删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="132"/>
        <source>The group of user %1 was deleted. Choose the group to restore the user into.</source>
        <translation>用户 %1 所在的用户组已删除，请选择要恢复到的用户组。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="134"/>
        <source>Enter a number of segments greater than 0.</source>
        <translation>请输入大于 0 的条数。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="143"/>
        <source>Only an administrator of the top-level group tops it up.</source>
        <translation>只有顶级用户组的管理员可以为其充值。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="144"/>
        <source>The top-level group has no group above it to give quota back to.</source>
        <translation>顶级用户组没有上级，无法退回额度。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="145"/>
        <source>The top-level group cannot be moved.</source>
        <translation>顶级用户组不能移动。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="146"/>
        <source>Only IT creates a top-level group.</source>
        <translation>只有 IT 人员可以创建顶级用户组。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="147"/>
        <source>The top-level group cannot be deleted.</source>
        <translation>顶级用户组不能删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="148"/>
        <source>A group cannot be moved into itself or into a group below it.</source>
        <translation>用户组不能移动到自身或其下级组中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/messages.py" line="160"/>
        <source>Nothing was imported: %n row(s) refused, the first on row %1 (login %2).</source>
        <translation>
            <numerusform>未导入任何用户：有 %n 行未通过，第一处在第 %1 行（登录名 %2）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="164"/>
        <source>What is wrong with each row is in %1.</source>
        <translation>每一行的问题见 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/messages.py" line="170"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 个用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/messages.py" line="172"/>
        <source>%n sub-group(s)</source>
        <translation>
            <numerusform>%n 个下级组</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="175"/>
        <source>Group “%1” cannot be deleted: it still holds %2. Move or delete them first.</source>
        <translation>无法删除用户组“%1”：其中还有 %2。请先移走或删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="176"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="190"/>
        <source>Only CSV, TXT, XLSX and XLS files can be imported.</source>
        <translation>只能导入 CSV、TXT、XLSX 和 XLS 文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="192"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="193"/>
        <source>The file has a header row but no data under it.</source>
        <translation>文件只有表头，没有数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="195"/>
        <source>The file is not an Excel workbook; it may be damaged or renamed.</source>
        <translation>文件不是 Excel 工作簿，可能已损坏或被改了扩展名。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="196"/>
        <source>The workbook is protected by a password. Save a copy without one and import that.</source>
        <translation>工作簿设有密码保护，请另存一份不带密码的副本再导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="75"/>
        <source>Choose the column of the file that holds the mobile numbers.</source>
        <translation>请选择文件中存放手机号码的列。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="77"/>
        <source>Somebody else changed this contact after you opened it. Nothing was overwritten.</source>
        <translation>在您打开之后，其他人修改了这个联系人。没有覆盖任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="79"/>
        <source>That mobile number is already in this group.</source>
        <translation>该分组中已有这个手机号码。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="80"/>
        <source>The file cannot be written there. Choose another folder or name.</source>
        <translation>无法写入该位置。请换一个文件夹或文件名。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/messages.py" line="116"/>
        <source>A password has at least %n character(s).</source>
        <translation>
            <numerusform>密码至少 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="135"/>
        <source>Group “%1” holds only %2; asked for: %3.</source>
        <translation>分组“%1”只有 %2；申请：%3。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="139"/>
        <source>User %1 has only %2 unused; asked for: %3.</source>
        <translation>用户 %1 只有 %2 未使用；申请：%3。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/messages.py" line="156"/>
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/messages.py" line="174"/>
        <source>a balance of %Ln segment(s)</source>
        <translation>
            <numerusform>%Ln 条额度余额</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="179"/>
        <source>Something went wrong.</source>
        <translation>出现了问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="186"/>
        <source>Line %1 cannot be read as %2. Choose another encoding, or save the file as UTF-8.</source>
        <translation>第 %1 行无法按 %2 读取。请选择其他编码，或将文件另存为 UTF-8。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="189"/>
        <source>The file no longer exists, or is not a file.</source>
        <translation>文件已不存在，或不是一个文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="191"/>
        <source>The file is too large to import (the limit is %1).</source>
        <translation>文件太大，无法导入（上限为 %1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="194"/>
        <source>The file is not a text table: it holds binary data.</source>
        <translation>该文件不是文本表格：其中含有二进制数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="197"/>
        <source>The workbook has no sheet “%1”.</source>
        <translation>工作簿中没有名为“%1”的工作表。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="198"/>
        <source>The file has no column “%1”.</source>
        <translation>文件中没有“%1”列。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="199"/>
        <source>The file is a link (to %1). Links are not followed: choose the file itself.</source>
        <translation>该文件是一个链接（指向 %1）。不会跟随链接读取，请直接选择文件本身。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="202"/>
        <source>You are not allowed to read this file, or the system refused to open it.</source>
        <translation>您没有读取该文件的权限，或系统拒绝打开它。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="204"/>
        <source>Line %1 cannot be read in any encoding SMS Desk supports (UTF-8, GBK/GB18030, Big5, UTF-16). The file may be damaged or mix encodings: save it again as UTF-8.</source>
        <translation>第 %1 行无法用 SMS Desk 支持的任何编码（UTF-8、GBK/GB18030、Big5、UTF-16）读取。文件可能已损坏或混用了多种编码，请重新另存为 UTF-8。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="208"/>
        <source>The file reads as %1, but its characters look wrong: it may be in an encoding SMS Desk does not support (such as Shift-JIS or a Windows code page). Choose its encoding, or save it as UTF-8.</source>
        <translation>该文件按 %1 读取时文字看起来不对：它可能使用了 SMS Desk 不支持的编码（如 Shift-JIS 或其他 Windows 代码页）。请选择文件的编码，或将其另存为 UTF-8。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="211"/>
        <source>%1 holds a NUL character (binary data), which cannot be imported.</source>
        <translation>%1含有 NUL 字符（二进制数据），无法导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="213"/>
        <source>Line %1 is longer than %2; the lines of a table are far shorter. Is this the right file?</source>
        <translation>第 %1 行超过 %2；表格的一行远比这短。请确认是否选对了文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="218"/>
        <source>%1 holds a cell longer than %2 characters (Excel&apos;s own limit), or a quote that is never closed.</source>
        <translation>%1的单元格超过 %2 个字符（Excel 自身的上限），或有未闭合的引号。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="222"/>
        <source>%1 goes beyond the limit of %2 columns.</source>
        <translation>%1超出了 %2 列的上限。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="225"/>
        <source>The file has more than %1 cells. Split it into smaller files.</source>
        <translation>文件的单元格超过 %1 个。请拆分成几个较小的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="229"/>
        <source>The workbook unpacks to far more data than a workbook of its size holds (the limit is %1): it may be damaged or built to exhaust memory.</source>
        <translation>该工作簿解压后的数据量远超同等大小的正常工作簿（上限为 %1）：文件可能已损坏，或是被刻意构造来耗尽内存。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="232"/>
        <source>Reading the workbook failed: it may be damaged or built to exhaust memory.</source>
        <translation>读取工作簿失败：文件可能已损坏，或是被刻意构造来耗尽内存。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="234"/>
        <source>The file cannot be imported.</source>
        <translation>该文件无法导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="240"/>
        <source>Cell %1 of sheet “%2”</source>
        <translation>工作表“%2”的单元格 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="241"/>
        <source>Cell %1</source>
        <translation>单元格 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="245"/>
        <source>Row %1, column %2 of sheet “%3”</source>
        <translation>工作表“%3”第 %1 行 %2 列</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="247"/>
        <source>Row %1, column %2</source>
        <translation>第 %1 行 %2 列</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="251"/>
        <source>Row %1 of sheet “%2”</source>
        <translation>工作表“%2”第 %1 行</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="252"/>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="252"/>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="254"/>
        <source>Sheet “%1”</source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="255"/>
        <source>The file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="25"/>
        <source>Too many failed sign-ins on this computer: the account is locked here for a while. Try again later.</source>
        <translation>此电脑上登录失败次数过多，该账号在此电脑上暂时被锁定。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="81"/>
        <source>The disk is full. Free some space or choose another drive; no file was left behind.</source>
        <translation>磁盘已满。请释放空间或选择其他磁盘；未留下任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="82"/>
        <source>Export to a file ending in .xlsx or .csv.</source>
        <translation>请导出为 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="85"/>
        <source>Enter at least the last 4 digits of the number (up to the whole number, 15 digits at most).</source>
        <translation>请至少输入号码的后 4 位（最多为完整号码，15 位）。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="87"/>
        <source>Enter at least 2 characters of the content to search for.</source>
        <translation>请至少输入 2 个字符的内容进行查询。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="88"/>
        <source>A content search takes at most 200 characters. Shorten the text.</source>
        <translation>内容查询最多 200 个字符，请缩短。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/messages.py" line="89"/>
        <source>The end of the time range is before its start.</source>
        <translation>结束时间早于开始时间。</translation>
    </message>
</context>
<context>
    <name>MonthlyReportPage</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/monthly_page.py" line="20"/>
        <source>Monthly report</source>
        <translation>短信月报</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/monthly_page.py" line="23"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
</context>
<context>
    <name>MoveGroupDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="121"/>
        <source>Move group</source>
        <translation>移动用户组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="125"/>
        <source>Move “%1” with its sub-groups, users and balance under:</source>
        <translation>将“%1”连同其下级组、用户和余额移动到：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="138"/>
        <source>Greyed groups cannot take it: the group itself, the groups below it and those outside your part of the organisation.</source>
        <translation>灰色的组不能作为目标：该组本身、其下级组，以及您管理范围之外的组。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="157"/>
        <source>Choose the group to move it under.</source>
        <translation>请选择要移动到的上级组。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="159"/>
        <source>It is already there. Choose another group.</source>
        <translation>它已在该组下，请选择其他组。</translation>
    </message>
</context>
<context>
    <name>NewCheckPage</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="57"/>
        <source>Check at</source>
        <translation>定时检测</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="68"/>
        <source>(otherwise now)</source>
        <translation>（不选则立即检测）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="70"/>
        <source>Also look up live status (empty, suspended, powered off, active)</source>
        <translation>同时查询号码状态（空号、停机、关机、正常）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="76"/>
        <source>Check name</source>
        <translation>任务组名称</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="77"/>
        <source>When</source>
        <translation>检测时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="78"/>
        <source>Live status</source>
        <translation>号码状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="80"/>
        <source>Check</source>
        <translation>检测任务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="87"/>
        <source>Type or paste numbers, separated by commas, spaces, semicolons or lines</source>
        <translation>输入或粘贴号码，用逗号、空格、分号或换行分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="92"/>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="107"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="103"/>
        <source>No file</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="104"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="111"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="115"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="136"/>
        <source>Phone column</source>
        <translation>电话号码列</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="141"/>
        <source>Add contact group…</source>
        <translation>添加通讯录群组…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="144"/>
        <source>Clear address-book picks</source>
        <translation>清除通讯录选择</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="151"/>
        <source>Numbers</source>
        <translation>号码数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="154"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="157"/>
        <source>Address book</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="159"/>
        <source>Numbers to check</source>
        <translation>待检测号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="166"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="173"/>
        <source>Check numbers</source>
        <translation>提交检测</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="177"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="204"/>
        <source>No status provider is configured: an administrator of the top-level group sets one up.</source>
        <translation>尚未配置号码状态服务：请联系总部管理员设置。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="207"/>
        <source>Statuses come from the trial&apos;s simulator, not from the carriers.</source>
        <translation>号码状态来自试用模式的模拟器，并非运营商真实数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="209"/>
        <source>Looked up by the dispatcher; results fill in as they arrive.</source>
        <translation>由调度程序查询，结果陆续显示。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="235"/>
        <source>A pasted list of about %Ln line(s)</source>
        <translation>
            <numerusform>已粘贴约 %Ln 行号码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="290"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="338"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="250"/>
        <source>Choose a file of numbers</source>
        <translation>选择号码文件</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="250"/>
        <source>Tables (%1)</source>
        <translation>表格文件 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="271"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="318"/>
        <source>Check a contact group</source>
        <translation>检测通讯录群组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="341"/>
        <source>groups (with sub-groups): %1</source>
        <translation>群组（含子群组）：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="342"/>
        <source>Nothing picked from the address book</source>
        <translation>未从通讯录选择</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="348"/>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="401"/>
        <source>There is no number to check: type some, choose a file or pick contacts.</source>
        <translation>没有要检测的号码：请输入号码、选择文件或从通讯录选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="351"/>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="405"/>
        <source>The scheduled time is in the past.</source>
        <translation>定时检测的时间已过。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="357"/>
        <source>Checking the numbers…</source>
        <translation>正在检测号码…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="376"/>
        <source>Cancelled: nothing was saved.</source>
        <translation>已取消，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="380"/>
        <source>Check saved: %1, %2, %3, %4.</source>
        <translation>检测已保存：%1，%2，%3，%4。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="381"/>
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln 个号码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="382"/>
        <source>%Ln valid</source>
        <comment>numbers</comment>
        <translation>
            <numerusform>%Ln 个有效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="383"/>
        <source>%Ln invalid</source>
        <comment>numbers</comment>
        <translation>
            <numerusform>%Ln 个无效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="384"/>
        <source>%Ln duplicate(s)</source>
        <comment>numbers</comment>
        <translation>
            <numerusform>%Ln 个重复号码</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="394"/>
        <source>Number check</source>
        <translation>号码检测</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="403"/>
        <source>The file holds no numbers.</source>
        <translation>文件中没有号码。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="404"/>
        <source>A check takes at most 5,000,000 numbers.</source>
        <translation>一次检测最多 5,000,000 个号码。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="406"/>
        <source>A check&apos;s name is at most 200 characters.</source>
        <translation>任务组名称最多 200 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/new_check_page.py" line="407"/>
        <source>No cell of this column holds a phone number: choose the phone column.</source>
        <translation>此列没有电话号码，请选择电话号码所在的列。</translation>
    </message>
</context>
<context>
    <name>NumberCheckLabels</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="10"/>
        <source>China Mobile</source>
        <translation>中国移动</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="11"/>
        <source>China Unicom</source>
        <translation>中国联通</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="12"/>
        <source>China Telecom</source>
        <translation>中国电信</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="13"/>
        <source>China Broadnet</source>
        <translation>中国广电</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="14"/>
        <source>Virtual operator</source>
        <translation>虚拟运营商</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="15"/>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="23"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="20"/>
        <source>Virtual operator (%1)</source>
        <translation>虚拟运营商（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="28"/>
        <source>Empty (no such number)</source>
        <translation>空号</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="29"/>
        <source>Suspended</source>
        <translation>停机</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="30"/>
        <source>Powered off</source>
        <translation>关机</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="31"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="32"/>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="38"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="33"/>
        <source>Looking up…</source>
        <translation>查询中…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="34"/>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="80"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="43"/>
        <source>Empty cell</source>
        <translation>空白</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="44"/>
        <source>Not a number</source>
        <translation>不是号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="45"/>
        <source>Characters no phone number has</source>
        <translation>含有号码不会有的字符</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="46"/>
        <source>Digits lost in Excel&apos;s scientific notation</source>
        <translation>Excel 科学计数法丢失了位数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="47"/>
        <source>Too short</source>
        <translation>位数太少</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="48"/>
        <source>Too long</source>
        <translation>位数太多</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="49"/>
        <source>No mobile number starts like this</source>
        <translation>没有这样开头的手机号</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="50"/>
        <source>Unknown country code</source>
        <translation>未知的国家代码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="51"/>
        <source>No such number</source>
        <translation>号码不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="52"/>
        <source>Not a mobile number</source>
        <translation>不是手机号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="53"/>
        <source>The contact has no mobile number</source>
        <translation>联系人没有手机号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="55"/>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="95"/>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="61"/>
        <source>Global blacklist</source>
        <translation>全局黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="65"/>
        <source>verification codes</source>
        <translation>验证码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="66"/>
        <source>notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="67"/>
        <source>marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="68"/>
        <source>alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="70"/>
        <source>Blacklist for %1</source>
        <translation>%1黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="72"/>
        <source>Blacklist of %1</source>
        <translation>%1的黑名单</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="78"/>
        <source>Checking</source>
        <translation>检测中</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="79"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="86"/>
        <source>Typed</source>
        <translation>手工输入</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="87"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="88"/>
        <source>Address book</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="94"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/labels.py" line="96"/>
        <source>Blacklisted</source>
        <translation>黑名单号码</translation>
    </message>
</context>
<context>
    <name>NumberCheckTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/numbercheck_tab.py" line="25"/>
        <source>New check</source>
        <translation>号码检测</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/numbercheck_tab.py" line="26"/>
        <source>Checks</source>
        <translation>检测任务组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/numbercheck_tab.py" line="27"/>
        <source>Results query</source>
        <translation>检测查询</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/numbercheck_tab.py" line="35"/>
        <source>Number check</source>
        <translation>号码检测</translation>
    </message>
</context>
<context>
    <name>OrgDialogs</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="72"/>
        <source>A group name has 1 to 100 characters and no “/”.</source>
        <translation>用户组名称为 1 到 100 个字符，且不能包含“/”。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="200"/>
        <source>A password has at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="204"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="189"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="189"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="190"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="190"/>
        <source>User</source>
        <translation>普通用户</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="193"/>
        <source>disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="194"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="198"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="199"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="200"/>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="410"/>
        <source>Group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="201"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="202"/>
        <source>Reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="203"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="410"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="206"/>
        <source>Full numbers</source>
        <translation>完整号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="208"/>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="209"/>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="210"/>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="212"/>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="261"/>
        <source>Include sub-groups</source>
        <translation>包含下级用户组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="386"/>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="911"/>
        <source>Organisation</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="410"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="242"/>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="410"/>
        <source>Users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="192"/>
        <source>enabled</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="204"/>
        <source>Tasks reviewed</source>
        <translation>任务需审核</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="233"/>
        <source>Search users by login, name, group, mobile…</source>
        <translation>按登录名、姓名、用户组、手机号搜索用户…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="240"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="241"/>
        <source>Administrators</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="243"/>
        <source>Reviewers</source>
        <translation>审核员</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="249"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="250"/>
        <source>Enabled</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="251"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="258"/>
        <source>Current users</source>
        <translation>现有用户</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="259"/>
        <source>Deleted users</source>
        <translation>已删除用户</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="269"/>
        <source>Add sub-group…</source>
        <translation>添加下级组…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="270"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="271"/>
        <source>Move to…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="272"/>
        <source>Delete group</source>
        <translation>删除用户组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="273"/>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="293"/>
        <source>Top up…</source>
        <translation>充值…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="274"/>
        <source>Give back…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="275"/>
        <source>Review its tasks</source>
        <translation>审核其任务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="291"/>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="292"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="294"/>
        <source>Take back…</source>
        <translation>收回…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="295"/>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="779"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="296"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="297"/>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="638"/>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="794"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="298"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="299"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="300"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="301"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="418"/>
        <source>Above your group: shown for its path only</source>
        <translation>上级用户组：仅用于显示路径</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="425"/>
        <source>review</source>
        <translation>需审核</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="425"/>
        <source>trust</source>
        <translation>免审核</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="509"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 个用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="512"/>
        <source>%1 of %Ln user(s)</source>
        <translation>
            <numerusform>%Ln 个用户中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="586"/>
        <source>Add sub-group</source>
        <translation>添加下级组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="602"/>
        <source>Rename group</source>
        <translation>重命名用户组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="622"/>
        <source>Move “%1” with its sub-groups, users and balance under “%2”?</source>
        <translation>将“%1”连同其下级组、用户和余额移动到“%2”下？</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="625"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="635"/>
        <source>Delete group “%1”? Its history (tasks, quota movements) is kept.</source>
        <translation>删除用户组“%1”？其历史记录（任务、额度变动）将保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="649"/>
        <source>Add segments to the top-level group “%1” (it holds %2).</source>
        <translation>为顶级用户组“%1”增加额度（现有 %2 条）。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="653"/>
        <source>Move segments from “%1” to “%2” (which holds %3).</source>
        <translation>从“%1”划拨额度到“%2”（现有 %3 条）。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="657"/>
        <source>Top up group</source>
        <translation>用户组充值</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="667"/>
        <source>Give unallocated segments of “%1” back to “%2”.</source>
        <translation>将“%1”未分配的额度退回给“%2”。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="671"/>
        <source>Give back quota</source>
        <translation>退回额度</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="745"/>
        <source> and %n more</source>
        <translation>
            <numerusform> 等另外 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="755"/>
        <source>Give each of %1 segments from their group&apos;s balance.</source>
        <translation>从所在用户组的余额中为 %1 各分配额度。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="756"/>
        <source>Top up quota</source>
        <translation>额度充值</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="764"/>
        <source>Give unused segments of %1 back to their group.</source>
        <translation>将 %1 未使用的额度退回所在用户组。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="765"/>
        <source>Take back quota</source>
        <translation>收回额度</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="776"/>
        <source>Disable %1? They are signed out now and cannot sign in until enabled.</source>
        <translation>停用 %1？他们将立即被登出，启用前无法登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="792"/>
        <source>Delete %1? They cannot sign in; their history is kept and they can be restored under Deleted users.</source>
        <translation>删除 %1？删除后无法登录；其历史记录将保留，可在“已删除用户”中恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="808"/>
        <source>Restore users</source>
        <translation>恢复用户</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="809"/>
        <source>The group of %1 was deleted. Restore into:</source>
        <translation>%1 所在的用户组已删除。恢复到：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="828"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="829"/>
        <source>A new password for %1. They must choose their own when they next sign in.</source>
        <translation>为 %1 设置新密码。对方下次登录时必须改为自己的密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="843"/>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="880"/>
        <source>Import users</source>
        <translation>导入用户</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="843"/>
        <source>Tables (*.csv *.txt *.xlsx *.xls)</source>
        <translation>表格文件 (*.csv *.txt *.xlsx *.xls)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="882"/>
        <source>%n user(s) imported. What happened to each row is in %1.</source>
        <translation>
            <numerusform>已导入 %n 个用户。每一行的处理结果见 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="892"/>
        <source>Export users</source>
        <translation>导出用户</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="892"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="902"/>
        <source>%n user(s) exported to %1</source>
        <translation>
            <numerusform>已导出 %n 个用户到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="131"/>
        <source>Group balance to allocate:</source>
        <translation>用户组可分配余额：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="71"/>
        <source>Welcome, %1</source>
        <translation>欢迎，%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="75"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="77"/>
        <source>PDF report…</source>
        <translation>PDF 报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="79"/>
        <source>A printable report of this period: the figures and every chart shown, each with its table</source>
        <translation>可打印的本期报告：关键指标与显示的每张图表及其数据表</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="83"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="104"/>
        <source>Needs attention</source>
        <translation>待关注</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="112"/>
        <source>Waiting for your approval:</source>
        <translation>等待您审核：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="113"/>
        <source>Your tasks awaiting review:</source>
        <translation>您待审核的任务：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="127"/>
        <source>Your quota left:</source>
        <translation>您的剩余配额：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="139"/>
        <source>Channels:</source>
        <translation>通道：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="140"/>
        <source>Low quota:</source>
        <translation>配额不足：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="249"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="318"/>
        <source>The range ends before it starts: choose the dates again.</source>
        <translation>结束日期早于开始日期：请重新选择日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="326"/>
        <source>The figures could not be read: %1</source>
        <translation>无法读取指标：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="376"/>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="379"/>
        <source>%Ln task(s), %2 templates</source>
        <translation>
            <numerusform>%Ln 个任务，%2 个模板</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="389"/>
        <source>No channels are set up</source>
        <translation>尚未设置通道</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="397"/>
        <source>%1/s</source>
        <translation>%1 条/秒</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="399"/>
        <source>failed %1 in the last hour</source>
        <translation>最近一小时失败 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="406"/>
        <source>Nobody is running out</source>
        <translation>无人配额不足</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="409"/>
        <source>%1: %2 of %3 left</source>
        <translation>%1：剩余 %2 / %3</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="412"/>
        <source>and %1 more</source>
        <translation>另有 %1 人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="424"/>
        <source>%p% used</source>
        <translation>已用 %p%</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="434"/>
        <source>Message detail</source>
        <translation>短信明细</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="435"/>
        <source>The message detail is not available in this console.</source>
        <translation>此控制台无法打开短信明细。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="446"/>
        <source>Delivery report %1 to %2</source>
        <translation>发送报告 %1 至 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="448"/>
        <source>PDF report</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="448"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="363"/>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="364"/>
        <source>Password &amp;again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="365"/>
        <source>At least %Ln character(s).</source>
        <translation>
            <numerusform>至少 %Ln 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="52"/>
        <source>Delivery report</source>
        <translation>短信发送报告</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="56"/>
        <source>Period: %1</source>
        <translation>时间范围：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="57"/>
        <source>Scope: %1</source>
        <translation>范围：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="58"/>
        <source>Prepared by %1 at %2</source>
        <translation>由 %1 生成于 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="64"/>
        <source>Sent</source>
        <translation>发送量</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="64"/>
        <source>Delivered</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="64"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="65"/>
        <source>Pending</source>
        <translation>待回执</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="65"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="68"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="68"/>
        <source>A week before</source>
        <translation>上周同期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="90"/>
        <source>%Ln more row(s): export the chart&apos;s data for all of them</source>
        <translation>
            <numerusform>另有 %Ln 行：导出图表数据可查看全部</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/pdf_report.py" line="94"/>
        <source>No messages in this range</source>
        <translation>此范围内没有短信</translation>
    </message>
</context>
<context>
    <name>PeaksPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="209"/>
        <source>Dark: none · bright: %Ln message(s)</source>
        <translation>
            <numerusform>深色：无 · 亮色：%Ln 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="219"/>
        <source>Hour of the day</source>
        <translation>时刻（时）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="229"/>
        <source>%1 %2:00-%3:00
Messages: %4 (%5 of the range)</source>
        <translation>%1 %2:00-%3:00
短信：%4（占范围内的 %5）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="235"/>
        <source>Hour</source>
        <translation>时刻</translation>
    </message>
</context>
<context>
    <name>PhraseDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="76"/>
        <source>Edit phrase</source>
        <translation>编辑短语</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="76"/>
        <source>New phrase</source>
        <translation>新建短语</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="81"/>
        <source>Phrase:</source>
        <translation>短语：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="89"/>
        <source>%1 of at most %2</source>
        <comment>characters typed of the limit</comment>
        <translation>%1 / 最多 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="91"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln 个字符</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhraseGroupDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="56"/>
        <source>Rename phrase group</source>
        <translation>重命名短语组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="56"/>
        <source>New phrase group</source>
        <translation>新建短语组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="60"/>
        <source>Public: shared with everyone in my user group</source>
        <translation>公共：本用户组所有人都可使用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="64"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>PhrasePicker</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/phrase_picker.py" line="43"/>
        <source>Filter phrases…</source>
        <translation>筛选短语…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/phrase_picker.py" line="49"/>
        <source>Double-click a phrase to insert it</source>
        <translation>双击短语即可插入</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/phrase_picker.py" line="72"/>
        <source>Public phrases</source>
        <translation>公共短语</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/widgets/phrase_picker.py" line="72"/>
        <source>My phrases</source>
        <translation>我的短语</translation>
    </message>
</context>
<context>
    <name>PhrasesSection</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="110"/>
        <source>Search phrases…</source>
        <translation>搜索短语…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="112"/>
        <source>New group</source>
        <translation>新建分组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="114"/>
        <source>New phrase</source>
        <translation>新建短语</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="116"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="117"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="121"/>
        <source>Phrase groups</source>
        <translation>短语组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="122"/>
        <source>Public</source>
        <translation>公共</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="123"/>
        <source>Personal</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="128"/>
        <source>Phrase</source>
        <translation>短语</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="129"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="130"/>
        <source>Author</source>
        <translation>创建人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="132"/>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="187"/>
        <source>Phrases</source>
        <translation>短语库</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="243"/>
        <source>%n phrase(s)</source>
        <translation>
            <numerusform>%n 条短语</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="311"/>
        <source>Delete the phrase “%1”?</source>
        <translation>删除短语“%1”？</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="318"/>
        <source>Delete the group “%1” and %2?</source>
        <translation>删除分组“%1”及%2？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="319"/>
        <source>its %Ln phrase(s)</source>
        <translation>
            <numerusform>其中的 %Ln 条常用语</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="44"/>
        <source>Price list</source>
        <translation>价格表</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="56"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="57"/>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="58"/>
        <source>Price per segment</source>
        <translation>每条单价</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="59"/>
        <source>In force from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="60"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="70"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="153"/>
        <source>Any kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="76"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="167"/>
        <source>Any carrier</source>
        <translation>所有运营商</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="82"/>
        <source>e.g. 0.045</source>
        <translation>例如 0.045</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="90"/>
        <source>Add price</source>
        <translation>添加价格</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="92"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="99"/>
        <source>¥ per segment</source>
        <translation>元/条</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="101"/>
        <source>from</source>
        <translation>生效于</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="115"/>
        <source>The most specific price wins: a kind and carrier, then the kind, then the carrier, then any. Each task keeps the prices in force when it was submitted, so past costs never change.</source>
        <translation>以最具体的价格为准：类型加运营商，其次类型，再次运营商，最后通用价格。每个任务保留提交时生效的价格，历史费用不会随调价改变。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="119"/>
        <source>Only administrators of the top-level group change prices.</source>
        <translation>只有顶级用户组的管理员可以修改价格。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="148"/>
        <source>Number status lookup (per number)</source>
        <translation>号码状态检测（每个号码）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="169"/>
        <source>Always</source>
        <translation>一直</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="170"/>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="173"/>
        <source>Scheduled</source>
        <translation>待生效</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/price_dialog.py" line="221"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>QueryPage</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="36"/>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="45"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="49"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="54"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="56"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="58"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="63"/>
        <source>Check</source>
        <translation>检测任务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="64"/>
        <source>Checked</source>
        <translation>检测时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="66"/>
        <source>Status found</source>
        <translation>状态查得时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="75"/>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="86"/>
        <source>Enter a number to see every check that looked at it.</source>
        <translation>输入号码，查看检测过它的所有检测任务组。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="96"/>
        <source>Results: %1</source>
        <translation>结果：%1 条</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="97"/>
        <source>No check looked at this number in that time.</source>
        <translation>该时间段内没有检测过此号码。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="101"/>
        <source>That is not a phone number.</source>
        <translation>这不是一个电话号码。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="103"/>
        <source>Number check</source>
        <translation>号码检测</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="108"/>
        <source>Export results</source>
        <translation>导出检测结果</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="109"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/numbercheck/query_page.py" line="116"/>
        <source>Exported: %Ln row(s)</source>
        <translation>
            <numerusform>已导出：%Ln 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="192"/>
        <source>Search name, content or submitter</source>
        <translation>搜索名称、内容或提交人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="196"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="201"/>
        <source>All groups</source>
        <translation>全部用户组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="234"/>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="236"/>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="257"/>
        <source>Content (sensitive words highlighted)</source>
        <translation>内容（敏感词已标出）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="394"/>
        <source>%1 waiting</source>
        <translation>待审核 %1 条</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="425"/>
        <source>Sensitive words: %1</source>
        <translation>敏感词：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="429"/>
        <source>No sensitive words found.</source>
        <translation>未发现敏感词。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="464"/>
        <source>SMS Desk</source>
        <translation>短信工作台</translation>
    </message>
</context>
<context>
    <name>RatesPanel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="248"/>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="316"/>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="249"/>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="316"/>
        <source>Failure rate</source>
        <translation>失败率</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="303"/>
        <source>Success rate: %1</source>
        <translation>成功率：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="304"/>
        <source>Failure rate: %1</source>
        <translation>失败率：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="305"/>
        <source>Messages: %1, delivered %2, failed %3</source>
        <translation>短信：%1，成功 %2，失败 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="315"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="315"/>
        <source>Messages</source>
        <translation>短信数</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="95"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="111"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="98"/>
        <source>Why is %1 rejected? The submitter will see this reason.</source>
        <translation>为什么驳回%1？提交人会看到此原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="103"/>
        <source>For example: the offer is not verified; add how to unsubscribe.</source>
        <translation>例如：优惠信息未经核实；请补充退订方式。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="124"/>
        <source>A rejection needs a reason.</source>
        <translation>驳回必须填写原因。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="126"/>
        <source>A reason has at most %Ln character(s).</source>
        <translation>
            <numerusform>原因最多 %Ln 个字符。</numerusform>
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
        <translation>上行短信</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="71"/>
        <source>Task no.</source>
        <translation>任务编号</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="76"/>
        <source>Number or its last 4+ digits</source>
        <translation>号码或尾号（至少 4 位）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="80"/>
        <source>Text sent contains…</source>
        <translation>下发内容包含…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="84"/>
        <source>Reply contains…</source>
        <translation>回复内容包含…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="88"/>
        <source>Matched or not</source>
        <translation>全部（匹配与否）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="89"/>
        <source>Matched to a send</source>
        <translation>已匹配下发</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="90"/>
        <source>Matched nothing</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="91"/>
        <source>Opt-outs only</source>
        <translation>仅退订</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="93"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="98"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="100"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="113"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="299"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="114"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="299"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="115"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="299"/>
        <source>Reply</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="116"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="300"/>
        <source>Opt-out</source>
        <translation>退订</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="117"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="300"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="118"/>
        <source>(matched nothing)</source>
        <translation>（未匹配）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="119"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="301"/>
        <source>Group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="120"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="301"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="122"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="301"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="123"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="302"/>
        <source>Text sent</source>
        <translation>下发内容</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="124"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="302"/>
        <source>Sent</source>
        <translation>下发时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="139"/>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="142"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="146"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="176"/>
        <source>Any time</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="224"/>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="240"/>
        <source>No reply matches these filters.</source>
        <translation>没有符合条件的上行短信。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="242"/>
        <source>%Ln reply(-ies) shown, newest first; more match.</source>
        <translation>
            <numerusform>已显示 %Ln 条上行短信（最新在前），还有更多。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="244"/>
        <source>%Ln reply(-ies): all that match.</source>
        <translation>
            <numerusform>共 %Ln 条上行短信，已全部显示。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="269"/>
        <source>Delete %Ln selected reply(-ies)? This is recorded in the audit log.</source>
        <translation>
            <numerusform>删除所选的 %Ln 条上行短信？此操作将记入审计日志。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="279"/>
        <source>%Ln reply(-ies) deleted.</source>
        <translation>
            <numerusform>已删除 %Ln 条上行短信。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="268"/>
        <source>Delete replies</source>
        <translation>删除上行短信</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="293"/>
        <source>Export replies</source>
        <translation>导出上行短信</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="300"/>
        <source>Matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="303"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/replies_page.py" line="303"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/reports_tab.py" line="21"/>
        <source>Reports</source>
        <translation>报表统计</translation>
    </message>
</context>
<context>
    <name>ResendDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="40"/>
        <source>Resend failed numbers</source>
        <translation>重发失败号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="42"/>
        <source>Resend: %1</source>
        <translation>重发：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="45"/>
        <source>Leave out numbers that failed as invalid or blacklisted</source>
        <translation>跳过因空号或黑名单失败的号码</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="49"/>
        <source>%Ln number(s) of “%1” failed. A new task with the same kind, content and signature sends to them now; its quota is reserved as for any task.</source>
        <translation>
            <numerusform>“%1”有 %Ln 个号码发送失败。将新建一个类型、内容和签名相同的任务立即发送给这些号码；额度与其他任务一样预占。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="55"/>
        <source>Task name:</source>
        <translation>任务名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="58"/>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
</context>
<context>
    <name>RollupReportPage</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="60"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="65"/>
        <source>All groups</source>
        <translation>全部用户组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="68"/>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="73"/>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="78"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="80"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="101"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="207"/>
        <source>The last day comes before the first day.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="209"/>
        <source>A report covers at most %1 years.</source>
        <translation>报表最多覆盖 %1 年。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="234"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="271"/>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="320"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="277"/>
        <source>Nothing was sent in this range.</source>
        <translation>该时间范围内没有发送记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="281"/>
        <source>%1 rows, %2 to %3 (Beijing time)</source>
        <translation>共 %1 行，%2 至 %3（北京时间）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/rollup_report.py" line="306"/>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
</context>
<context>
    <name>RoutesDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/routes_dialog.py" line="43"/>
        <source>Routes of %1</source>
        <translation>%1 的路由</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/routes_dialog.py" line="45"/>
        <source>Carriers (none ticked: every carrier)</source>
        <translation>运营商（都不勾选：所有运营商）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/routes_dialog.py" line="54"/>
        <source>Other carriers, separated by commas</source>
        <translation>其他运营商，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/routes_dialog.py" line="58"/>
        <source>Message kinds (none ticked: every kind)</source>
        <translation>短信类型（都不勾选：所有类型）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/routes_dialog.py" line="72"/>
        <source>(no backup)</source>
        <translation>（无备用）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/routes_dialog.py" line="79"/>
        <source>Priority (smaller goes first):</source>
        <translation>优先级（数字小的优先）：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/routes_dialog.py" line="80"/>
        <source>Backup channel while this one is down:</source>
        <translation>本通道中断时的备用通道：</translation>
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
        <translation>表格文件 (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.xlsb *.ods)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/section.py" line="208"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/section.py" line="220"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/section.py" line="241"/>
        <source>%1 of %2 stored…</source>
        <translation>已保存 %1 / %2…</translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/send_tab.py" line="38"/>
        <source>Compose</source>
        <translation>编写短信</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/send_tab.py" line="45"/>
        <source>Template send</source>
        <translation>模板发送</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/send_tab.py" line="53"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
</context>
<context>
    <name>SettingsLabels</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="17"/>
        <source>Only administrators of the top-level group change installation settings.</source>
        <translation>只有顶级组的管理员可以修改系统设置。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="19"/>
        <source>The opt-out suffix has 1 to 20 characters.</source>
        <translation>退订后缀为 1 到 20 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="21"/>
        <source>Marketing hours need a start and a later end (HH:MM) and a time zone.</source>
        <translation>营销时段需要开始时间和更晚的结束时间（时:分）以及时区。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="23"/>
        <source>That time zone is unknown. Choose one from the list.</source>
        <translation>未知的时区，请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="25"/>
        <source>A content limit is a whole number of characters from 10 to 1000.</source>
        <translation>内容长度上限是 10 到 1000 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="28"/>
        <source>Sensitive words are either replaced or refused.</source>
        <translation>敏感词只能替换或拒绝发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="31"/>
        <source>Retention is a whole number of months from 0 (keep everything) to 1200.</source>
        <translation>保留期为 0（全部保留）到 1200 之间的整月数。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="34"/>
        <source>The minimum password length is 6 to 64, failures before lockout 0 to 100 (0: never), and the lockout lasts 1 to 1440 minutes.</source>
        <translation>密码最短 6 到 64 个字符，锁定前允许失败 0 到 100 次（0：从不锁定），锁定时长 1 到 1440 分钟。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="37"/>
        <source>The price list needs a default price.</source>
        <translation>价格表需要一个默认单价。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="39"/>
        <source>A price is an amount of 0 or more with at most 4 decimals, such as 0.045.</source>
        <translation>单价为不小于 0、最多 4 位小数的金额，例如 0.045。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="41"/>
        <source>The price list names an unknown message kind.</source>
        <translation>价格表中有未知的短信类型。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="42"/>
        <source>A carrier name has 1 to 32 characters.</source>
        <translation>运营商名称为 1 到 32 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="43"/>
        <source>The simulator&apos;s delay is 0 to 10000 milliseconds.</source>
        <translation>模拟器延迟为 0 到 10000 毫秒。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="44"/>
        <source>The simulator&apos;s reply rate is 0 to 100%.</source>
        <translation>模拟器回复率为 0 到 100%。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="45"/>
        <source>An outcome&apos;s weight is a number from 0 to 1000.</source>
        <translation>结果权重为 0 到 1000 之间的数。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/labels.py" line="47"/>
        <source>Give at least one outcome a weight above 0.</source>
        <translation>请至少给一种结果大于 0 的权重。</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="73"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="75"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="81"/>
        <source>Replace them with asterisks and send</source>
        <translation>替换为星号后发送</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="82"/>
        <source>Refuse the message</source>
        <translation>拒绝发送</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="83"/>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="103"/>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="85"/>
        <source>Marketing hours</source>
        <translation>营销时段</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="87"/>
        <source>Marketing messages go out:</source>
        <translation>营销短信发送时段：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="88"/>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="91"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="93"/>
        <source>Opt-out suffix of marketing messages:</source>
        <translation>营销短信退订后缀：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="94"/>
        <source>Sensitive words in a message:</source>
        <translation>短信中有敏感词时：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="96"/>
        <source>%1, at most:</source>
        <translation>%1最长：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="101"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="102"/>
        <source>Keep everything</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="104"/>
        <source> failed sign-ins</source>
        <translation> 次登录失败</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="105"/>
        <source>Never lock</source>
        <translation>从不锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="106"/>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="107"/>
        <source>Records and sign-in</source>
        <translation>记录与登录</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="115"/>
        <source>Shortest password:</source>
        <translation>密码最短：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="116"/>
        <source>Lock an account after:</source>
        <translation>账号锁定条件：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="117"/>
        <source>Lock it for:</source>
        <translation>锁定时长：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="122"/>
        <source>Prices per message segment</source>
        <translation>单价（每条计费短信）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="137"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="138"/>
        <source>Its own default</source>
        <translation>本组默认签名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="139"/>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="234"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="140"/>
        <source>Its users send with</source>
        <translation>本组用户使用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="141"/>
        <source>Signatures of the group</source>
        <translation>本组签名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="154"/>
        <source>Choose default signature…</source>
        <translation>选择默认签名…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="156"/>
        <source>Default signature per group</source>
        <translation>各组默认签名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="158"/>
        <source>A group without a default of its own uses the nearest one above it; a group never uses another branch&apos;s. Add signatures in the Library tab.</source>
        <translation>没有自己默认签名的组使用最近的上级组的默认签名，绝不会使用其他分支的签名。签名请在“素材库”中添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="169"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="171"/>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="207"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="236"/>
        <source>【%1】 from %2</source>
        <translation>【%1】（来自 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="312"/>
        <source>Nothing changed.</source>
        <translation>没有修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="338"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="345"/>
        <source>Saved: the new settings apply from now on.</source>
        <translation>已保存：新设置即刻生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="332"/>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="351"/>
        <source>Nothing was saved.</source>
        <translation>未保存任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="109"/>
        <source>Keep message details for:</source>
        <translation>短信明细保留：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="110"/>
        <source>Older tasks, messages, receipts and replies are deleted every day by the dispatcher; reports and charts keep their totals.</source>
        <translation>更早的任务、短信、回执和上行回复由调度程序每天删除；报表和图表保留其汇总数。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="323"/>
        <source>Keep message details for %n month(s)</source>
        <translation>
            <numerusform>短信明细保留 %n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="324"/>
        <source>Tasks, messages, receipts and replies older than %n month(s) will be deleted for good, starting within a minute. Reports and charts keep their totals.</source>
        <translation>
            <numerusform>早于 %n 个月的任务、短信、回执和上行回复将被永久删除，一分钟内开始。报表和图表保留其汇总数。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="329"/>
        <source>Delete older details</source>
        <translation>删除更早的明细</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="123"/>
        <source>By kind and carrier, each from the date it takes effect.</source>
        <translation>按类型和运营商设置，各自从生效日期起使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="124"/>
        <source>A task keeps the prices in force when it was submitted.</source>
        <translation>任务保留提交时生效的价格。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/settings/settings_tab.py" line="125"/>
        <source>Price list…</source>
        <translation>价格表…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="174"/>
        <source>SMS Desk: sign in</source>
        <translation>SMS Desk 短信平台：登录</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="175"/>
        <source>SMS Desk</source>
        <translation>SMS Desk 短信平台</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="176"/>
        <source>Enterprise SMS console, version %1</source>
        <translation>企业短信平台操作台，版本 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="177"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="179"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="181"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="182"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="183"/>
        <source>Remember my login</source>
        <translation>记住登录名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="184"/>
        <source>Remember my password in the system keyring</source>
        <translation>在系统钥匙串中记住密码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="186"/>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="234"/>
        <source>No system keyring is available on this computer.</source>
        <translation>本机没有可用的系统钥匙串。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="187"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="188"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="189"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="190"/>
        <source>This local database has no users yet.</source>
        <translation>本地数据库中还没有用户。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="191"/>
        <source>Create administrator…</source>
        <translation>创建管理员…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="192"/>
        <source>Try the demo</source>
        <translation>体验演示</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="202"/>
        <source>Embedded database on this computer</source>
        <translation>本机内置数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="208"/>
        <source>set on the command line</source>
        <translation>由命令行指定</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="209"/>
        <source>set by SMSDESK_DATABASE_URL</source>
        <translation>由 SMSDESK_DATABASE_URL 指定</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="210"/>
        <source>set by IT for this computer</source>
        <translation>由 IT 为本机统一设置</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="244"/>
        <source>Starting the local database…</source>
        <translation>正在启动本地数据库…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="271"/>
        <source>Enter your login and password.</source>
        <translation>请输入登录名和密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="274"/>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="305"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="297"/>
        <source>Choose a new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="298"/>
        <source>Your administrator reset your password. Choose your own to continue.</source>
        <translation>管理员已重置您的密码。请设置您自己的密码后继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="317"/>
        <source>Your password was reset: choose a new one to sign in.</source>
        <translation>您的密码已被重置：请设置新密码后登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="365"/>
        <source>Creating the administrator…</source>
        <translation>正在创建管理员…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="391"/>
        <source>Preparing the demo organisation…</source>
        <translation>正在准备演示组织…</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="19"/>
        <source>Edit signature</source>
        <translation>编辑签名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="19"/>
        <source>New signature</source>
        <translation>新建签名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="29"/>
        <source>【Company】: 2 to 8 characters</source>
        <translation>【公司名】：2 到 8 个字</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="32"/>
        <source>User group:</source>
        <translation>用户组：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="33"/>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="44"/>
        <source>Messages will start with %1 (%Ln character(s) counted)</source>
        <translation>
            <numerusform>短信将以 %1 开头（计 %Ln 个字）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="50"/>
        <source>You administer no user group.</source>
        <translation>您没有可管理的用户组。</translation>
    </message>
</context>
<context>
    <name>SignaturesSection</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="61"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="65"/>
        <source>Filter signatures or groups…</source>
        <translation>筛选签名或用户组…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="67"/>
        <source>New signature</source>
        <translation>新建签名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="69"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="70"/>
        <source>Make default</source>
        <translation>设为默认</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="72"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="73"/>
        <source>Signatures are managed by administrators. You send under your group&apos;s default.</source>
        <translation>签名由管理员维护。发送时默认使用本组的默认签名。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="79"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="80"/>
        <source>Characters</source>
        <translation>字数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="81"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="82"/>
        <source>User group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="121"/>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="132"/>
        <source>%n signature(s)</source>
        <translation>
            <numerusform>%n 个签名</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="187"/>
        <source>Delete the signature %1 of %2?</source>
        <translation>删除 %2 的签名 %1？</translation>
    </message>
</context>
<context>
    <name>SimulatorDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/simulator_dialog.py" line="38"/>
        <source>Gateway simulator (trial)</source>
        <translation>网关模拟器（试用）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/simulator_dialog.py" line="40"/>
        <source>In trial mode messages go to a built-in gateway simulator. Set how it behaves; it starts again with these settings when you save.</source>
        <translation>试用模式下短信发往内置的网关模拟器。在这里设置它的行为；保存后模拟器按新设置重新启动。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/simulator_dialog.py" line="46"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/simulator_dialog.py" line="54"/>
        <source>Delay before each submit response:</source>
        <translation>每次提交应答前的延迟：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/simulator_dialog.py" line="55"/>
        <source>Recipients who reply:</source>
        <translation>回复的接收人比例：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/channels/simulator_dialog.py" line="56"/>
        <source>Outcomes (relative weights)</source>
        <translation>发送结果（相对权重）</translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="97"/>
        <source>A %1 task cannot be cancelled.</source>
        <translation>状态为“%1”的任务不能取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="112"/>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="123"/>
        <source>Cancel task</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="113"/>
        <source>Cancel the task “%1”?</source>
        <translation>取消任务“%1”？</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="125"/>
        <source>Keep it</source>
        <translation>保留任务</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="140"/>
        <source>Task “%1” cancelled: %Ln message(s) will not be sent.</source>
        <translation>
            <numerusform>任务“%1”已取消：%Ln 条短信不再发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="174"/>
        <source>A new task sends to %Ln failed number(s) again.</source>
        <translation>
            <numerusform>已新建任务，重发 %Ln 个失败号码。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="154"/>
        <source>The task has no failed numbers.</source>
        <translation>该任务没有失败号码。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="180"/>
        <source>No failed numbers are left to send again.</source>
        <translation>没有可重发的失败号码。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="115"/>
        <source>%Ln message(s) will not be sent</source>
        <translation>
            <numerusform>%Ln 条短信将不再发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="116"/>
        <source>, and %Ln segment(s) go back to the quota.</source>
        <translation>
            <numerusform>，%Ln 条计费额度退回。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_actions.py" line="119"/>
        <source>%Ln message(s) are being sent right now and may still go out.</source>
        <translation>
            <numerusform>%Ln 条短信正在发送，仍可能发出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDetailDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="55"/>
        <source>Task: %1</source>
        <translation>任务：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="72"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="75"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="76"/>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="85"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="86"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="87"/>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="88"/>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="89"/>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="279"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="91"/>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="92"/>
        <source>Receipt</source>
        <translation>回执时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="93"/>
        <source>Segments</source>
        <translation>条数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="94"/>
        <source>Failure</source>
        <translation>失败类别</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="96"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="110"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="112"/>
        <source>Resend failed…</source>
        <translation>重发失败…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="114"/>
        <source>Cancel task…</source>
        <translation>取消任务…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="116"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="119"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="236"/>
        <source>%1 shown, more to load</source>
        <translation>已显示 %1 条，还有更多</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="238"/>
        <source>%1 shown, all</source>
        <translation>已显示 %1 条，全部</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="280"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="281"/>
        <source>Owner</source>
        <translation>提交人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="282"/>
        <source>Group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="283"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="284"/>
        <source>Send at</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="285"/>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="286"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="287"/>
        <source>Recipients</source>
        <translation>号码数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="288"/>
        <source>Sent</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="289"/>
        <source>Delivered</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="290"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="291"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="292"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="293"/>
        <source>Segments each</source>
        <translation>每条计费条数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="294"/>
        <source>Reserved / charged / refunded</source>
        <translation>预扣 / 扣费 / 退还</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="301"/>
        <source>Content:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="304"/>
        <source>Review reason:</source>
        <translation>审核意见：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="187"/>
        <source>Why messages failed:</source>
        <translation>失败原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/task_detail_dialog.py" line="262"/>
        <source>Gateway code: %1</source>
        <translation>网关代码：%1</translation>
    </message>
</context>
<context>
    <name>TaskQueue</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="480"/>
        <source>Approve selected</source>
        <translation>通过所选</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="486"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="540"/>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="490"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="529"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="491"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="530"/>
        <source>Submitter</source>
        <translation>提交人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="492"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="531"/>
        <source>Group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="493"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="532"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="495"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="534"/>
        <source>Recipients</source>
        <translation>接收人数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="500"/>
        <source>Segments</source>
        <translation>条数</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="637"/>
        <source>Approved %Ln task(s).</source>
        <translation>
            <numerusform>已通过 %Ln 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="516"/>
        <source>Select a task to see it here.</source>
        <translation>选择一个任务以查看详情。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="518"/>
        <source>No task is waiting for review.</source>
        <translation>没有待审核的任务。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="522"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="551"/>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="522"/>
        <source>Approve %Ln task(s)</source>
        <translation>
            <numerusform>通过 %Ln 个任务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="533"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="533"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="535"/>
        <source>Segments per message</source>
        <translation>每条计费条数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="537"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="541"/>
        <source>Send at</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="544"/>
        <source>End time</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="546"/>
        <source>Template send</source>
        <translation>模板发送</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="546"/>
        <source>yes: each recipient gets a personalised text</source>
        <translation>是：每个接收人收到个性化内容</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="571"/>
        <source>First rendered messages</source>
        <translation>前几条生成的短信</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="580"/>
        <source>Sensitive words: %1</source>
        <translation>敏感词：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="639"/>
        <source>%1 were refused:</source>
        <translation>%1 个被拒绝：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="640"/>
        <source>SMS Desk</source>
        <translation>短信工作台</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="606"/>
        <source>“%1” rejected: its quota went back to the submitter.</source>
        <translation>“%1”已驳回：额度已退回提交人。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="513"/>
        <source>%Ln task(s) selected.</source>
        <translation>
            <numerusform>已选择 %Ln 个任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="538"/>
        <source>%Ln segment(s) of quota (reserved)</source>
        <translation>
            <numerusform>%Ln 条额度（已预留）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="608"/>
        <source>“%1” approved: it goes out at its send time.</source>
        <translation>“%1”已通过：将在设定时间发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="609"/>
        <source>“%1” approved: it is queued for sending.</source>
        <translation>“%1”已通过：已进入发送队列。</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="86"/>
        <source>Search task name…</source>
        <translation>搜索任务名称…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="94"/>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="352"/>
        <source>All groups</source>
        <translation>全部用户组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="98"/>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="369"/>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="105"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="110"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="111"/>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="118"/>
        <source>Not yet sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="114"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="121"/>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="495"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="123"/>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="496"/>
        <source>Cancel task…</source>
        <translation>取消任务…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="125"/>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="497"/>
        <source>Resend failed…</source>
        <translation>重发失败…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="127"/>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="498"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="146"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="147"/>
        <source>Owner</source>
        <translation>提交人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="148"/>
        <source>Group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="149"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="151"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="155"/>
        <source>Recipients</source>
        <translation>号码数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="153"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="156"/>
        <source>Sent</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="157"/>
        <source>Delivered</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="158"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="161"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="162"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="165"/>
        <source>Reserved</source>
        <translation>预扣</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="166"/>
        <source>Charged</source>
        <translation>扣费</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="167"/>
        <source>Refunded</source>
        <translation>退还</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="168"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="170"/>
        <source>Send at</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="171"/>
        <source>Review reason</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="188"/>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="197"/>
        <source>Created from:</source>
        <translation>创建时间从：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="199"/>
        <source>to:</source>
        <translation>至：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="254"/>
        <source>Tasks</source>
        <translation>任务记录</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="405"/>
        <source>· live</source>
        <translation>· 实时</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="406"/>
        <source>Progress updates as the dispatcher sends.</source>
        <translation>进度随调度程序发送实时更新。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="163"/>
        <source>Segments each</source>
        <translation>每条计费条数</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="341"/>
        <source>%Ln tasks</source>
        <translation>
            <numerusform>%Ln 个任务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/tasks/tasks_tab.py" line="159"/>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
</context>
<context>
    <name>TemplateQueue</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="670"/>
        <source>Awaiting review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="671"/>
        <source>Rejected (review again)</source>
        <translation>未通过（可再次审核）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="685"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="719"/>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="689"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="712"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="690"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="713"/>
        <source>Submitter</source>
        <translation>提交人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="691"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="714"/>
        <source>Group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="692"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="715"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="693"/>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="718"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="704"/>
        <source>Select a template to see it here.</source>
        <translation>选择一个模板以查看详情。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="706"/>
        <source>No template is waiting for review.</source>
        <translation>没有待审核的模板。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="716"/>
        <source>Visibility</source>
        <translation>可见范围</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="717"/>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="717"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="722"/>
        <source>Rejected because</source>
        <translation>驳回原因</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="664"/>
        <source>Template “%1” approved: operators can send with it.</source>
        <translation>模板“%1”已通过：操作员可以用它发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/approvals/approvals_tab.py" line="665"/>
        <source>Template “%1” rejected: its author sees your reason.</source>
        <translation>模板“%1”已驳回：作者会看到驳回原因。</translation>
    </message>
</context>
<context>
    <name>TemplateSendPanel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="121"/>
        <source>CSV, TXT, XLSX or XLS with a header row</source>
        <translation>CSV、TXT、XLSX 或 XLS，首行为列名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="122"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="135"/>
        <source>Template field</source>
        <translation>模板字段</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="135"/>
        <source>File column</source>
        <translation>文件列</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="135"/>
        <source>Row 1</source>
        <translation>第 1 行</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="148"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="149"/>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="150"/>
        <source>Message</source>
        <translation>短信内容</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="151"/>
        <source>Segments</source>
        <translation>条数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="152"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="153"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="171"/>
        <source>Now</source>
        <translation>立即</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="179"/>
        <source>Stop at</source>
        <translation>截止于</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="187"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="194"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="217"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="219"/>
        <source>Approved template:</source>
        <translation>已审核模板：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="221"/>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="222"/>
        <source>Task name:</source>
        <translation>任务名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="228"/>
        <source>Data file:</source>
        <translation>数据文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="231"/>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="242"/>
        <source>Preview: the first rows, then every row that will not be sent</source>
        <translation>预览：前几行，以及所有不会发送的行</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="255"/>
        <source>Start:</source>
        <translation>开始时间：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="259"/>
        <source>End:</source>
        <translation>结束时间：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="346"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="390"/>
        <source>No approved template</source>
        <translation>没有已审核的模板</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="424"/>
        <source>There is no approved template you may send with. Write one in Library → Templates; it can be used once a reviewer approves it.</source>
        <translation>没有您可用的已审核模板。请在“内容库 → 模板”中新建，审核通过后即可使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="452"/>
        <source>Data file</source>
        <translation>数据文件</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="452"/>
        <source>Tables (%1)</source>
        <translation>表格 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="472"/>
        <source>sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="474"/>
        <source>no header row: columns are named by letter</source>
        <translation>无列名行：各列以字母命名</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="508"/>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="527"/>
        <source>— choose a column —</source>
        <translation>— 请选择列 —</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="624"/>
        <source>Not enough quota: %1, %2. Ask an administrator of %3 to top up your quota, or send fewer rows.</source>
        <translation>额度不足：%1，%2。请联系 %3 的管理员充值，或减少发送行数。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="626"/>
        <source>%Ln segment(s) needed</source>
        <translation>
            <numerusform>需要 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="627"/>
        <source>%Ln left</source>
        <comment>segments</comment>
        <translation>
            <numerusform>剩余 %Ln 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="646"/>
        <source>Words masked: %1</source>
        <translation>已屏蔽敏感词：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="648"/>
        <source>No value for %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="650"/>
        <source>Invalid number (%1)</source>
        <translation>号码无效（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="652"/>
        <source>Same number as row %1</source>
        <translation>与第 %1 行号码重复</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="654"/>
        <source>Sensitive words: %1</source>
        <translation>含敏感词：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="656"/>
        <source>Message too long</source>
        <translation>内容过长</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="663"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="854"/>
        <source>Choose an approved template.</source>
        <translation>请选择已审核的模板。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="665"/>
        <source>Choose a data file.</source>
        <translation>请选择数据文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="667"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="857"/>
        <source>Choose the column that holds the mobile numbers.</source>
        <translation>请选择手机号码所在的列。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="670"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="864"/>
        <source>Choose a column for %1.</source>
        <translation>请为 %1 选择对应的列。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="692"/>
        <source>quota left %1</source>
        <translation>剩余额度 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="830"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="846"/>
        <source>Not enough quota: %Ln segment(s) needed, %2 left (%3 short). Nothing was submitted.</source>
        <translation>
            <numerusform>额度不足：需要 %Ln 条，剩余 %2 条（还差 %3 条）。未提交任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="855"/>
        <source>This template is not approved for sending (any more).</source>
        <translation>此模板未通过审核（或已失效），不能用于发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="856"/>
        <source>The template was changed after the preview. Check the preview again.</source>
        <translation>预览之后模板已被修改，请重新检查预览。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="858"/>
        <source>No row of the file can be sent.</source>
        <translation>文件中没有可以发送的行。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="859"/>
        <source>The end time must come after the start time.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="860"/>
        <source>The start time has passed. Choose a later time or send now.</source>
        <translation>开始时间已过，请选择更晚的时间或立即发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="200"/>
        <source>View task</source>
        <translation>查看任务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="205"/>
        <source>Send the replaced text</source>
        <translation>发送已替换的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="267"/>
        <source>Submit (Ctrl+Enter)</source>
        <translation>提交 (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="470"/>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="675"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="618"/>
        <source>Send the replaced text (%Ln row(s) with words masked)</source>
        <translation>
            <numerusform>发送已替换的内容（%Ln 行含已替换的敏感词）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="676"/>
        <source>%Ln to send</source>
        <translation>
            <numerusform>%Ln 条待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="688"/>
        <source>%Ln blacklisted (not charged)</source>
        <translation>
            <numerusform>%Ln 条在黑名单中（不计费）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="689"/>
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln 条计费</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="690"/>
        <source>cost %1</source>
        <translation>费用 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="694"/>
        <source>%Ln segment(s) short</source>
        <translation>
            <numerusform>还差 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="703"/>
        <source>%Ln with missing values</source>
        <translation>
            <numerusform>%Ln 行缺少数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="704"/>
        <source>%Ln invalid number(s)</source>
        <translation>
            <numerusform>%Ln 个无效号码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="705"/>
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln 个重复号码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="706"/>
        <source>%Ln with sensitive words</source>
        <translation>
            <numerusform>%Ln 行含敏感词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="707"/>
        <source>%Ln too long</source>
        <translation>
            <numerusform>%Ln 行内容过长</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="746"/>
        <source>Submitting %Ln message(s)…</source>
        <translation>
            <numerusform>正在提交 %Ln 条短信…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="763"/>
        <source>Task %1 submitted:</source>
        <translation>任务 %1 已提交：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="765"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln 条短信</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="766"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="767"/>
        <source>%Ln segment(s) reserved.</source>
        <translation>
            <numerusform>预留 %Ln 条计费。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="769"/>
        <source>Change the file, template or columns to send again.</source>
        <translation>如需再次发送，请更换文件、模板或列。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/send/template_send_panel.py" line="628"/>
        <source>your group</source>
        <translation>您所在的用户组</translation>
    </message>
</context>
<context>
    <name>TemplatesSection</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="49"/>
        <source>Search name or text…</source>
        <translation>搜索名称或内容…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="53"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="56"/>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="58"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="61"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="62"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="63"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="64"/>
        <source>Visibility</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="65"/>
        <source>Author</source>
        <translation>创建人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="67"/>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="98"/>
        <source>Public: every user of my group may send with it</source>
        <translation>公共：本组所有用户都可使用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="102"/>
        <source>Dear 【name】, your 【policy】 premium is due on 【due date】.</source>
        <translation>尊敬的【姓名】先生，您的【险种】保险应于【应缴日期】缴纳</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="115"/>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="115"/>
        <source>Sample value</source>
        <translation>示例值</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="128"/>
        <source>Save and submit for review</source>
        <translation>保存并提交审核</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="130"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="133"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="134"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="136"/>
        <source>Text:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="138"/>
        <source>Sample message</source>
        <translation>示例短信</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="140"/>
        <source>Variables:</source>
        <translation>变量：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="142"/>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="204"/>
        <source>Templates</source>
        <translation>短信模板</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="218"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n 个模板</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="232"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="284"/>
        <source>New template: it can be used once a reviewer approves it.</source>
        <translation>新模板：审核通过后才能使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="288"/>
        <source>Approved by %1. Saving a change sends it back to review.</source>
        <translation>已由 %1 审核通过。保存修改后需重新审核。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="290"/>
        <source>Approved. Saving a change sends it back to review.</source>
        <translation>已审核通过。保存修改后需重新审核。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="295"/>
        <source>Rejected by %1: %2</source>
        <translation>已被 %1 驳回：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="297"/>
        <source>Rejected: %2</source>
        <translation>已驳回：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="301"/>
        <source>Awaiting review: it cannot be used to send yet.</source>
        <translation>待审核：暂时不能用于发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="360"/>
        <source>none: every message is the same</source>
        <translation>无：每条短信内容相同</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="368"/>
        <source>%1 characters · %2 · %n segment(s) per message</source>
        <translation>
            <numerusform>%1 个字 · %2 · 每条 %n 段计费</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="373"/>
        <source>over the %1-character limit</source>
        <translation>超过 %1 字上限</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="393"/>
        <source>Saving sends this approved template back to review.</source>
        <translation>保存后，这个已通过的模板需要重新审核。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="434"/>
        <source>Delete the template “%1”?</source>
        <translation>删除模板“%1”？</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="305"/>
        <source>(read-only: only an administrator changes a shared template)</source>
        <translation>（只读：公共模板只有管理员可以修改）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="307"/>
        <source>(read-only: only its author changes a private template; reject it with a reason and the author can edit it)</source>
        <translation>（只读：私有模板只有作者可以修改；驳回并说明原因后，作者可以修改）</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="225"/>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="225"/>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="236"/>
        <source>e.g. li.ming</source>
        <translation>例如 li.ming</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="254"/>
        <source>User</source>
        <translation>普通用户</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="255"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="265"/>
        <source>Reviewer: approves the work of others</source>
        <translation>审核员：审核他人的任务</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="268"/>
        <source>Review this user&apos;s tasks before they are sent</source>
        <translation>该用户的任务发送前须经审核</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="271"/>
        <source>May see full phone numbers</source>
        <translation>可查看完整手机号</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="276"/>
        <source>You do not see full numbers yourself, so you cannot grant it.</source>
        <translation>您自己无权查看完整号码，因此不能授予此权限。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="277"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="278"/>
        <source>Operator &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="279"/>
        <source>&amp;Group:</source>
        <translation>用户组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="280"/>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="281"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="289"/>
        <source> segments</source>
        <translation> 条</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="297"/>
        <source>Initial &amp;quota:</source>
        <translation>初始额度(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="298"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="299"/>
        <source>Password &amp;again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="301"/>
        <source>At least %Ln character(s). The user signs in with it.</source>
        <translation>
            <numerusform>至少 %Ln 个字符。用户用它登录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="311"/>
        <source>A login has 1 to 32 characters: lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>登录名为 1 到 32 个字符：小写字母、数字、“_”、“.”或“-”，并以字母或数字开头。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="315"/>
        <source>A name has at most 100 characters.</source>
        <translation>姓名最多 100 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="317"/>
        <source>Choose the user&apos;s group.</source>
        <translation>请选择用户所在的组。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="325"/>
        <source>An administrator of your own group can only be created by an administrator of a higher group. Choose a group below yours.</source>
        <translation>本组的管理员只能由更上级组的管理员创建。请选择您下级的组。</translation>
    </message>
</context>
<context>
    <name>UserImportDialog</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="402"/>
        <source>Import users</source>
        <translation>导入用户</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="406"/>
        <source>%1 holds %2 rows. Say which column holds what. Every row is checked first; if one is refused, nothing is imported, and a results file next to the file says why.</source>
        <translation>%1 共有 %2 行。请指定各列的内容。所有行会先逐一检查；只要有一行不通过，就全部不导入，并在该文件旁生成结果文件说明原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="415"/>
        <source>Login (required):</source>
        <translation>登录名（必填）：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="416"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="417"/>
        <source>Group path (required):</source>
        <translation>用户组路径（必填）：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="418"/>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="419"/>
        <source>Administrator (yes/no):</source>
        <translation>管理员（是/否）：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="420"/>
        <source>Reviewer (yes/no):</source>
        <translation>审核员（是/否）：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="421"/>
        <source>Reviewed (yes/no):</source>
        <translation>需审核（是/否）：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="422"/>
        <source>Initial quota:</source>
        <translation>初始额度：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="423"/>
        <source>Password (required):</source>
        <translation>密码（必填）：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="429"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="431"/>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="445"/>
        <source>Choose the columns of the login, the group path and the password.</source>
        <translation>请选择登录名、用户组路径和密码所在的列。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/organisation/org_dialogs.py" line="447"/>
        <source>A column is chosen twice.</source>
        <translation>有一列被选了两次。</translation>
    </message>
</context>
<context>
    <name>VolumePanel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="148"/>
        <source>Messages: %1</source>
        <translation>短信：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="149"/>
        <source>Delivered: %1 (%2)</source>
        <translation>成功：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="151"/>
        <source>Failed: %1 (%2)</source>
        <translation>失败：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="153"/>
        <source>Pending: %1</source>
        <translation>待回执：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="157"/>
        <source>%1: %2 (change %3)</source>
        <translation>%1：%2（变化 %3）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="170"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="170"/>
        <source>Messages</source>
        <translation>短信数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="171"/>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
</context>
<context>
    <name>VolumeReport</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/daily_page.py" line="17"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/daily_page.py" line="18"/>
        <source>Messages</source>
        <translation>短信数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/daily_page.py" line="19"/>
        <source>Segments</source>
        <translation>条数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/daily_page.py" line="20"/>
        <source>Delivered</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/daily_page.py" line="21"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/daily_page.py" line="22"/>
        <source>Pending</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/daily_page.py" line="23"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/reports/daily_page.py" line="28"/>
        <source>Messages count every recipient of the tasks sent in the range; failed includes messages whose task ended before they went out; cost is what delivered segments were charged at the prices recorded on each task.</source>
        <translation>短信数为该范围内发送任务的全部接收号码；失败含任务结束前未发出的短信；费用为送达条数按各任务记录的单价所计的金额。</translation>
    </message>
</context>
<context>
    <name>WordsSection</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="40"/>
        <source>Search words…</source>
        <translation>搜索敏感词…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="44"/>
        <source>New word</source>
        <translation>新敏感词</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="46"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="48"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="50"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="52"/>
        <source>The sensitive words are managed by the administrators of the top-level group.</source>
        <translation>敏感词由总部（顶级用户组）的管理员维护。</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="62"/>
        <source>Word</source>
        <translation>敏感词</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="63"/>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="65"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="89"/>
        <source>Type or paste a message to see what would be masked…</source>
        <translation>输入或粘贴一条短信，查看哪些字会被替换为 *…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="96"/>
        <source>Test text</source>
        <translation>测试文本</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="99"/>
        <source>As it would be sent:</source>
        <translation>实际发送内容：</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="142"/>
        <source>Sensitive words</source>
        <translation>敏感词</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="167"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 个敏感词</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="169"/>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 个，共 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="210"/>
        <source>Delete the word “%1”?</source>
        <translation>删除敏感词“%1”？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="212"/>
        <source>Delete %n selected word(s)?</source>
        <translation>
            <numerusform>删除选中的 %n 个敏感词？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="217"/>
        <source>Import sensitive words</source>
        <translation>导入敏感词</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="225"/>
        <source>Importing sensitive words…</source>
        <translation>正在导入敏感词…</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="229"/>
        <source>%1: %2 read, %3, %4, %5.</source>
        <translation>%1：读取%2，%3，%4，%5。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="231"/>
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln 个词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="232"/>
        <source>%Ln added</source>
        <comment>words</comment>
        <translation>
            <numerusform>新增 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="233"/>
        <source>%Ln already on the list</source>
        <comment>words</comment>
        <translation>
            <numerusform>%Ln 个已在词库中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="234"/>
        <source>%Ln refused</source>
        <comment>words</comment>
        <translation>
            <numerusform>%Ln 个被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="237"/>
        <source>Row %1: “%2” (%3)</source>
        <translation>第 %1 行：“%2”（%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="258"/>
        <source>Found: %1</source>
        <translation>发现：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="258"/>
        <source>No sensitive words found.</source>
        <translation>未发现敏感词。</translation>
    </message>
</context>
<context>
    <name>_PerformancePanel</name>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="545"/>
        <source>Messages: %1 (%2 of all)</source>
        <translation>短信：%1（占全部的 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="547"/>
        <source>Delivered: %1 · failed: %2 · pending: %3</source>
        <translation>成功：%1 · 失败：%2 · 待回执：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="549"/>
        <source>Success rate: %1</source>
        <translation>成功率：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="550"/>
        <source>Replies: %1 · opt-outs: %2</source>
        <translation>回复：%1 · 退订：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="567"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="567"/>
        <source>Messages</source>
        <translation>短信数</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="568"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="569"/>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="569"/>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/smsdesk/ui/tabs/overview/charts_view.py" line="569"/>
        <source>Opt-outs</source>
        <translation>退订</translation>
    </message>
</context>
<context>
    <name>_TotalsModel</name>
    <message numerus="yes">
        <location filename="../../desktop/smsdesk/ui/widgets/row_table.py" line="337"/>
        <source>Total (%n rows)</source>
        <translation>
            <numerusform>合计（%n 行）</numerusform>
        </translation>
    </message>
</context>
</TS>
