<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AddNumberDialog</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="88" />
            <source>Add a number to a blacklist</source>
            <translation>添加黑名单号码</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="92" />
            <source>13800138000, +86 138 0013 8000…</source>
            <translation>13800138000、+86 138 0013 8000…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="96" />
            <source>For example: complaint, replied T</source>
            <translation>例如：用户投诉、回复T退订</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="97" />
            <source>Blacklist:</source>
            <translation>黑名单：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="98" />
            <source>Number:</source>
            <translation>号码：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="99" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="105" />
            <source>You administer no user group.</source>
            <translation>您没有可管理的用户组。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="107" />
            <source>Enter the number.</source>
            <translation>请输入号码。</translation>
        </message>
    </context>
    <context>
        <name>AuditTab</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="39" />
            <source>Search actor, action or target…</source>
            <translation>搜索操作人、操作或对象…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="43" />
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="176" />
            <source>All actions</source>
            <translation>全部操作</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="48" />
            <source>Search</source>
            <translation>查询</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="50" />
            <source>Load more</source>
            <translation>加载更多</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="58" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="62" />
            <source>Actor</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="63" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="64" />
            <source>Target</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="65" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="80" />
            <source>From:</source>
            <translation>从：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="82" />
            <source>To:</source>
            <translation>至：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="100" />
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="104" />
            <source>Signed in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="105" />
            <source>Sign-in failed</source>
            <translation>登录失败</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="106" />
            <source>Group created</source>
            <translation>新建用户组</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="107" />
            <source>Group review setting changed</source>
            <translation>修改用户组审核设置</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="108" />
            <source>User created</source>
            <translation>新建用户</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="109" />
            <source>User status changed</source>
            <translation>修改用户状态</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="110" />
            <source>User rights changed</source>
            <translation>修改用户权限</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="111" />
            <source>User profile changed</source>
            <translation>修改用户资料</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="112" />
            <source>Password changed</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="113" />
            <source>Quota granted to group</source>
            <translation>用户组充值</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="114" />
            <source>Quota granted to user</source>
            <translation>用户充值</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="115" />
            <source>Contacts imported</source>
            <translation>导入联系人</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="116" />
            <source>Contacts exported</source>
            <translation>导出联系人</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="117" />
            <source>Contact group deleted</source>
            <translation>删除联系人分组</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="167" />
            <source>%n entries shown</source>
            <translation>
                <numerusform>已显示 %n 条记录</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BlacklistSection</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="197" />
            <source>Number, or its first or last digits…</source>
            <translation>号码，或开头/结尾几位数字…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="199" />
            <source>Search</source>
            <translation>查询</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="201" />
            <source>Add number…</source>
            <translation>添加号码…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="203" />
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="205" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="207" />
            <source>Load more</source>
            <translation>加载更多</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="215" />
            <source>Number</source>
            <translation>号码</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="216" />
            <source>Blacklist</source>
            <translation>黑名单</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="217" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="218" />
            <source>Added by</source>
            <translation>添加人</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="220" />
            <source>Added</source>
            <translation>添加时间</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="224" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="278" />
            <source>Blacklists</source>
            <translation>黑名单</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="304" />
            <source>All blacklists (%1)</source>
            <translation>全部黑名单（%1）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="358" />
            <source>%n number(s) shown</source>
            <translation>
                <numerusform>已显示 %n 个号码</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="425" />
            <source>Importing %1…</source>
            <translation>正在导入 %1…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="430" />
            <source>%1: %2 rows read. %3 numbers added, %4 already listed; %5 invalid and %6 repeated rows left out.</source>
            <translation>%1：读取 %2 行，新增 %3 个号码，%4 个已在名单中；另有 %5 行无效、%6 行重复，未导入。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="439" />
            <source>Row %1: “%2” (%3)</source>
            <translation>第 %1 行：“%2”（%3）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="453" />
            <source>Remove %n number(s) from the blacklist?</source>
            <translation>
                <numerusform>从黑名单中移除 %n 个号码？</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="25" />
            <source>Database connection</source>
            <translation>数据库连接</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="26" />
            <source>Use the embedded database on this computer (trial, one seat)</source>
            <translation>使用本机内置数据库（试用、单机）</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="28" />
            <source>server name or address</source>
            <translation>服务器名称或地址</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="35" />
            <source>CA certificate file, for verify-ca / verify-full</source>
            <translation>CA 证书文件，用于 verify-ca / verify-full</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="38" />
            <source>Server:</source>
            <translation>服务器：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="39" />
            <source>Port:</source>
            <translation>端口：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="40" />
            <source>Database:</source>
            <translation>数据库：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="41" />
            <source>TLS:</source>
            <translation>TLS 加密：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="42" />
            <source>CA certificate:</source>
            <translation>CA 证书：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/connection_dialog.py" line="81" />
            <source>a server is required</source>
            <translation>请填写服务器</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="51" />
            <source>New contact</source>
            <translation>新建联系人</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="51" />
            <source>Edit contact</source>
            <translation>编辑联系人</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="76" />
            <source>Group:</source>
            <translation>分组：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="77" />
            <source>Name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="78" />
            <source>Mobile:</source>
            <translation>手机：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="80" />
            <source>Phone:</source>
            <translation>电话：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="81" />
            <source>Email:</source>
            <translation>邮箱：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="82" />
            <source>Notes:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="94" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="95" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="116" />
            <source>Shown masked. Type a new number to replace it, or leave it as it is.</source>
            <translation>号码已隐藏显示。输入新号码即替换，不改动则保留原号码。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="125" />
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="151" />
            <source>Not a valid mobile number</source>
            <translation>不是有效的手机号码</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="133" />
            <source>Valid: %1</source>
            <translation>有效：%1</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="140" />
            <source>No number</source>
            <translation>没有号码</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="141" />
            <source>Not a number</source>
            <translation>不是号码</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="142" />
            <source>Has characters no phone number has</source>
            <translation>含有电话号码不会有的字符</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="143" />
            <source>Excel rounded this number (e.g. 1.38E+10); its digits are lost</source>
            <translation>Excel 已把该号码四舍五入（如 1.38E+10），部分数字已丢失</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="144" />
            <source>Too short for a mobile number</source>
            <translation>位数太少，不是手机号码</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="145" />
            <source>Too long for a mobile number</source>
            <translation>位数太多，不是手机号码</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="146" />
            <source>No mainland mobile number starts like this</source>
            <translation>没有以此开头的大陆手机号码</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="147" />
            <source>Unknown country code</source>
            <translation>未知的国家代码</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="148" />
            <source>Not a valid number</source>
            <translation>不是有效号码</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="149" />
            <source>A landline or service number: it cannot receive SMS</source>
            <translation>这是固话或服务号码，无法接收短信</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="151" />
            <source> (it is kept, marked invalid)</source>
            <translation>（仍会保存，并标记为无效）</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="173" />
            <source>Give a name or a mobile number.</source>
            <translation>请填写姓名或手机号码。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="175" />
            <source>That is not an email address.</source>
            <translation>邮箱地址格式不正确。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_dialog.py" line="231" />
            <source>Their version is shown now; make your change again and save.</source>
            <translation>现已显示对方保存的内容；请重新修改后再保存。</translation>
        </message>
    </context>
    <context>
        <name>ContactTableModel</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="69" />
            <source>Not a valid mobile number; it cannot be sent to</source>
            <translation>不是有效的手机号码，无法向其发送</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="71" />
            <source>(deleted)</source>
            <translation>（已删除）</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="78" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="79" />
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="80" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="81" />
            <source>Email</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="82" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="83" />
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="86" />
            <source>Address book</source>
            <translation>通讯录</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contact_table_model.py" line="88" />
            <source>Changed</source>
            <translation>修改时间</translation>
        </message>
    </context>
    <context>
        <name>ContactsTab</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="114" />
            <source>New group…</source>
            <translation>新建分组…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="115" />
            <source>New sub-group…</source>
            <translation>新建子分组…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="116" />
            <source>Rename…</source>
            <translation>重命名…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="117" />
            <source>Move to…</source>
            <translation>移动到…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="118" />
            <source>Delete group…</source>
            <translation>删除分组…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="119" />
            <source>Custom fields…</source>
            <translation>自定义字段…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="121" />
            <source>New contact…</source>
            <translation>新建联系人…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="123" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="125" />
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="527" />
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="597" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="127" />
            <source>Move or copy to…</source>
            <translation>移动或复制到…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="128" />
            <source>Send SMS to selection</source>
            <translation>给所选联系人发短信</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="129" />
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="130" />
            <source>Export group…</source>
            <translation>导出分组…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="131" />
            <source>Export selection…</source>
            <translation>导出所选…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="132" />
            <source>Search</source>
            <translation>查找</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="145" />
            <source>Search all contacts: name, mobile number (start or end), email</source>
            <translation>搜索全部联系人：姓名、手机号（开头或尾号）、邮箱</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="153" />
            <source>Include sub-groups</source>
            <translation>包含子分组</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="164" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="182" />
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="428" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="217" />
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="740" />
            <source>Contacts</source>
            <translation>通讯录</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="332" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="359" />
            <source>%1 contacts found</source>
            <translation>找到 %1 个联系人</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="361" />
            <source>More than %1 contacts match; showing %1. Make the search narrower.</source>
            <translation>匹配的联系人超过 %1 个，仅显示 %1 个。请缩小搜索范围。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="364" />
            <source>%1 contacts</source>
            <translation>%1 个联系人</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="403" />
            <source>New contact in the chosen group</source>
            <translation>在所选分组中新建联系人</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="403" />
            <source>Choose a group for the new contact</source>
            <translation>请先选择新联系人所在的分组</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="414" />
            <source>Hand the selected contacts to the sending tab</source>
            <translation>把所选联系人交给短信发送页</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="416" />
            <source>Sending from the address book becomes available with the sending tab</source>
            <translation>安装短信发送页后才能从通讯录直接发送</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="427" />
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="444" />
            <source>New group</source>
            <translation>新建分组</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="445" />
            <source>Name of the new group:</source>
            <translation>新分组名称：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="455" />
            <source>New sub-group</source>
            <translation>新建子分组</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="456" />
            <source>Name of the new sub-group of %1:</source>
            <translation>“%1”的新子分组名称：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="476" />
            <source>Rename group</source>
            <translation>重命名分组</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="477" />
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="489" />
            <source>Move group %1 to…</source>
            <translation>把分组“%1”移动到…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="519" />
            <source>Delete group</source>
            <translation>删除分组</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="520" />
            <source>Delete the group “%1”?</source>
            <translation>删除分组“%1”？</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="522" />
            <source>%1 sub-groups and %2 contacts are deleted with it. This cannot be undone.</source>
            <translation>其下 %1 个子分组和 %2 个联系人将一并删除，且无法恢复。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="528" />
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="598" />
            <source>Keep</source>
            <translation>保留</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="594" />
            <source>Delete contacts</source>
            <translation>删除联系人</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="595" />
            <source>Delete %1 contacts?</source>
            <translation>删除 %1 个联系人？</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="609" />
            <source>Move or copy %1 contacts to…</source>
            <translation>把 %1 个联系人移动或复制到…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="622" />
            <source>%1 contacts moved or copied.</source>
            <translation>已移动或复制 %1 个联系人。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="624" />
            <source>%1 were left out: their number is already in that group.</source>
            <translation>%1 个未处理：目标分组中已有相同号码。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="639" />
            <source>Import contacts</source>
            <translation>导入联系人</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="639" />
            <source>Tables (%1)</source>
            <translation>表格文件 (%1)</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="650" />
            <source>Reading %1…</source>
            <translation>正在读取 %1…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="682" />
            <source>Importing %1…</source>
            <translation>正在导入 %1…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="704" />
            <source>contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="706" />
            <source>Export contacts</source>
            <translation>导出联系人</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="706" />
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="720" />
            <source>%1 selected contacts</source>
            <translation>所选的 %1 个联系人</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="734" />
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="735" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="736" />
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="737" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="738" />
            <source>Email</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="739" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="746" />
            <source>Exporting to %1…</source>
            <translation>正在导出到 %1…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="760" />
            <source>%1 contacts exported to %2.</source>
            <translation>已导出 %1 个联系人到 %2。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="763" />
            <source>Numbers are masked.</source>
            <translation>号码已隐藏中间四位。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="773" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/contacts_tab.py" line="780" />
            <source>Cancelled; nothing was changed.</source>
            <translation>已取消，没有任何改动。</translation>
        </message>
    </context>
    <context>
        <name>DispatcherStatusLabel</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="34" />
            <source>Dispatcher: checking…</source>
            <translation>发送服务：检查中…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="91" />
            <source>Dispatcher: starting…</source>
            <translation>发送服务：启动中…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="93" />
            <source>Dispatcher: cannot start (see the log)</source>
            <translation>发送服务：无法启动（请查看日志）</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="95" />
            <source>Dispatcher: not running</source>
            <translation>发送服务：未运行</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="97" />
            <source>Dispatcher: %1 of %2 channels up · %3 msg/s</source>
            <translation>发送服务：通道 %1/%2 在线 · %3 条/秒</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="101" />
            <source>down: %1</source>
            <translation>故障：%1</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="103" />
            <source>Dispatcher processes running: %1</source>
            <translation>运行中的发送服务进程：%1</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="105" />
            <source>This console runs one of them and restarts it if it stops.</source>
            <translation>本控制台运行其中一个，并在其停止时自动重启。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/widgets/dispatcher_status.py" line="110" />
            <source>Dispatcher: unknown</source>
            <translation>发送服务：状态未知</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/error_dialog.py" line="27" />
            <source>SMS Desk</source>
            <translation>SMS Desk 短信平台</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/error_dialog.py" line="40" />
            <source>SMS Desk: unexpected error</source>
            <translation>SMS Desk：意外错误</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/error_dialog.py" line="42" />
            <source>Something unexpected went wrong. Your work so far is kept; the details are in the log file.</source>
            <translation>发生了意外错误。您已完成的工作已保存，详细信息见日志文件。</translation>
        </message>
    </context>
    <context>
        <name>FieldsDialog</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="30" />
            <source>Custom fields</source>
            <translation>自定义字段</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="34" />
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="35" />
            <source>Rename…</source>
            <translation>重命名…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="36" />
            <source>Remove…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="38" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="48" />
            <source>Fields of the address book %1:</source>
            <translation>通讯录“%1”的字段：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="85" />
            <source>New field</source>
            <translation>新建字段</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="85" />
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="91" />
            <source>Name of the field:</source>
            <translation>字段名称：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="91" />
            <source>Rename field</source>
            <translation>重命名字段</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="99" />
            <source>Remove field</source>
            <translation>删除字段</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/fields_dialog.py" line="100" />
            <source>Remove the field “%1” and its value in every contact?</source>
            <translation>删除字段“%1”以及所有联系人中该字段的值？</translation>
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="13" />
            <source>Create the first administrator</source>
            <translation>创建首个管理员</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="20" />
            <source>Head office</source>
            <translation>总部</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="24" />
            <source>Login:</source>
            <translation>登录名：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="25" />
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="26" />
            <source>Password again:</source>
            <translation>确认密码：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="27" />
            <source>Top-level group:</source>
            <translation>顶级用户组：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="42" />
            <source>A login has 1 to 32 characters: lower-case letters, digits, '_', '.' or '-'.</source>
            <translation>登录名为 1 到 32 个字符：小写字母、数字、“_”、“.”或“-”。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="44" />
            <source>A password has at least 8 characters.</source>
            <translation>密码至少 8 个字符。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="46" />
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/first_admin_dialog.py" line="48" />
            <source>A group name has 1 to 100 characters and no '/'.</source>
            <translation>用户组名称为 1 到 100 个字符，且不能包含“/”。</translation>
        </message>
    </context>
    <context>
        <name>GroupPickerDialog</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_picker_dialog.py" line="40" />
            <source>Copy (keep them where they are too)</source>
            <translation>复制（原分组中也保留）</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_picker_dialog.py" line="44" />
            <source>Choose</source>
            <translation>选择</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_picker_dialog.py" line="45" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_picker_dialog.py" line="82" />
            <source>A group cannot move into itself or into one of its sub-groups.</source>
            <translation>分组不能移动到自身或其子分组中。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_picker_dialog.py" line="84" />
            <source>A group moves only inside its own address book.</source>
            <translation>分组只能在所属的通讯录内移动。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_picker_dialog.py" line="86" />
            <source>The group is already there.</source>
            <translation>分组已经在这里。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_picker_dialog.py" line="88" />
            <source>Choose a group.</source>
            <translation>请选择一个分组。</translation>
        </message>
    </context>
    <context>
        <name>GroupTreeModel</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_tree_model.py" line="69" />
            <source>My contacts</source>
            <translation>我的通讯录</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_tree_model.py" line="137" />
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_tree_model.py" line="137" />
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_tree_model.py" line="148" />
            <source>%1 contacts in this address book</source>
            <translation>此通讯录共有 %1 个联系人</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/group_tree_model.py" line="150" />
            <source>%1 contacts here, %2 with sub-groups</source>
            <translation>本分组 %1 个联系人，含子分组共 %2 个</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="116" />
            <source>Import numbers into a blacklist</source>
            <translation>批量导入黑名单</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="122" />
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="134" />
            <source>Blacklist:</source>
            <translation>黑名单：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="135" />
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="136" />
            <source>Number column:</source>
            <translation>号码列：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="138" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="139" />
            <source>Choose a file of numbers</source>
            <translation>选择号码文件</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="146" />
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="175" />
            <source>Reading the file…</source>
            <translation>正在读取文件…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="160" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n 行</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="171" />
            <source>You administer no user group.</source>
            <translation>您没有可管理的用户组。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="173" />
            <source>Choose the file to import.</source>
            <translation>请选择要导入的文件。</translation>
        </message>
    </context>
    <context>
        <name>ImportMappingDialog</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="46" />
            <source>Import contacts</source>
            <translation>导入联系人</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="58" />
            <source>The first row holds the column names</source>
            <translation>第一行是列名</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="61" />
            <source>Columns</source>
            <translation>列的对应</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="74" />
            <source>Skip it (keep the contact as it is)</source>
            <translation>跳过（保留原联系人不变）</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="76" />
            <source>Update the contact with the file's values</source>
            <translation>用文件中的内容更新该联系人</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="79" />
            <source>Also import rows whose mobile number is invalid (marked invalid)</source>
            <translation>号码无效的行也导入（标记为无效）</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="88" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="90" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="95" />
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="96" />
            <source>Sheet:</source>
            <translation>工作表：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="98" />
            <source>Into group:</source>
            <translation>导入到分组：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="100" />
            <source>A mobile number already in the group, or repeated in the file</source>
            <translation>分组中已有、或文件中重复出现的手机号码</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="109" />
            <source>First rows of the file:</source>
            <translation>文件的前几行：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="124" />
            <source>%1 rows</source>
            <translation>%1 行</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="145" />
            <source>— not imported —</source>
            <translation>— 不导入 —</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="146" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="147" />
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="148" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="149" />
            <source>Email</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="150" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="152" />
            <source>Field: %1</source>
            <translation>字段：%1</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="154" />
            <source>New field “%1”</source>
            <translation>新字段“%1”</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="225" />
            <source>No column of this file looks like mobile numbers. Choose the column that holds them.</source>
            <translation>文件中没有哪一列像是手机号码。请选择存放手机号码的列。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_dialog.py" line="228" />
            <source>Choose the column that holds the mobile numbers.</source>
            <translation>请选择存放手机号码的列。</translation>
        </message>
    </context>
    <context>
        <name>ImportResultDialog</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="19" />
            <source>Import finished</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="25" />
            <source>%1 was imported into %2.</source>
            <translation>%1 已导入到 %2。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="33" />
            <source>Rows in the file:</source>
            <translation>文件行数：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="34" />
            <source>New contacts:</source>
            <translation>新增联系人：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="35" />
            <source>Contacts updated:</source>
            <translation>更新联系人：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="36" />
            <source>Invalid mobile numbers:</source>
            <translation>无效号码：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="37" />
            <source>Duplicates:</source>
            <translation>重复：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="38" />
            <source>Rows not imported:</source>
            <translation>未导入的行：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="44" />
            <source>Time taken:</source>
            <translation>用时：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="44" />
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="46" />
            <source>Open the rejected rows</source>
            <translation>打开未导入的行</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="54" />
            <source>The rows not imported, each with its reason, are in %1</source>
            <translation>未导入的行及原因已保存在 %1</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/contacts/import_result_dialog.py" line="58" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>LibraryLabels</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="15" />
            <source>Verification code</source>
            <translation>验证码</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="16" />
            <source>Notification</source>
            <translation>通知</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="17" />
            <source>Marketing</source>
            <translation>营销</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="18" />
            <source>Alert</source>
            <translation>告警</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="26" />
            <source>Awaiting review</source>
            <translation>待审核</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="27" />
            <source>Approved</source>
            <translation>已通过</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="28" />
            <source>Rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="32" />
            <source>Public (group)</source>
            <translation>公共（本组）</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="32" />
            <source>Private</source>
            <translation>私有</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="36" />
            <source>Global blacklist</source>
            <translation>全局黑名单</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="38" />
            <source>Message kind: %1</source>
            <translation>短信类型：%1</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="39" />
            <source>User group: %1</source>
            <translation>用户组：%1</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="43" />
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="57" />
            <source>empty</source>
            <translation>空</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="44" />
            <source>not a number</source>
            <translation>不是号码</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="45" />
            <source>letters or symbols</source>
            <translation>含字母或符号</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="46" />
            <source>rounded by Excel (1.38E+10)</source>
            <translation>被 Excel 四舍五入（1.38E+10）</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="47" />
            <source>too short</source>
            <translation>位数太少</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="48" />
            <source>too long</source>
            <translation>位数太多</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="49" />
            <source>no such mobile prefix</source>
            <translation>号段不存在</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="50" />
            <source>unknown country code</source>
            <translation>国家代码不存在</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="51" />
            <source>no such number</source>
            <translation>号码不存在</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="52" />
            <source>not a mobile number</source>
            <translation>不是手机号码</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="58" />
            <source>longer than 50 characters</source>
            <translation>超过 50 个字</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/labels.py" line="59" />
            <source>control characters</source>
            <translation>含控制字符</translation>
        </message>
    </context>
    <context>
        <name>LibraryTab</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/library_tab.py" line="53" />
            <source>Library</source>
            <translation>素材库</translation>
        </message>
    </context>
    <context>
        <name>ListChooser</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="45" />
            <source>Global blacklist</source>
            <translation>全局黑名单</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="46" />
            <source>Message kind</source>
            <translation>短信类型</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/blacklist_section.py" line="47" />
            <source>User group</source>
            <translation>用户组</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="50" />
            <source>SMS Desk: %1</source>
            <translation>SMS Desk 短信平台：%1</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="79" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="80" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="85" />
            <source>&amp;Sign out</source>
            <translation>退出登录(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="90" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="95" />
            <source>&amp;View</source>
            <translation>查看(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="96" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="112" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="113" />
            <source>&amp;About SMS Desk</source>
            <translation>关于 SMS Desk(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="120" />
            <source>embedded database</source>
            <translation>内置数据库</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="122" />
            <source>Database: %1 · PostgreSQL %2</source>
            <translation>数据库：%1 · PostgreSQL %2</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="126" />
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="126" />
            <source>Reviewer</source>
            <translation>审核员</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="126" />
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="150" />
            <source>Enterprise SMS console</source>
            <translation>企业短信平台操作台</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="151" />
            <source>Application</source>
            <translation>应用程序</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="164" />
            <source>About SMS Desk</source>
            <translation>关于 SMS Desk</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="13" />
            <source>A login has 1 to 32 characters: lower-case letters, digits, '_', '.' or '-'.</source>
            <translation>登录名为 1 到 32 个字符：小写字母、数字、“_”、“.”或“-”。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="14" />
            <source>Wrong login or password.</source>
            <translation>登录名或密码错误。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="15" />
            <source>This account is disabled. Ask your administrator.</source>
            <translation>该账号已被禁用，请联系管理员。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="16" />
            <source>Cannot reach the database server. Check the network and the server address.</source>
            <translation>无法连接数据库服务器，请检查网络和服务器地址。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="17" />
            <source>The server has no SMS Desk database by that name.</source>
            <translation>服务器上没有该名称的 SMS Desk 数据库。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="18" />
            <source>The database server does not accept connections from this workstation.</source>
            <translation>数据库服务器不接受本工作站的连接。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="20" />
            <source>This database has not been set up for SMS Desk. Ask IT to run 'smsdesk-admin db init'.</source>
            <translation>该数据库尚未初始化，请 IT 人员运行“smsdesk-admin db init”。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="23" />
            <source>The database is older than this console. Ask IT to run 'smsdesk-admin db upgrade'.</source>
            <translation>数据库版本低于本客户端，请 IT 人员运行“smsdesk-admin db upgrade”。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="25" />
            <source>The database was upgraded by a newer SMS Desk. Install the newer console.</source>
            <translation>数据库已被更新版本的 SMS Desk 升级，请安装新版客户端。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="26" />
            <source>You are not allowed to do this.</source>
            <translation>您无权执行此操作。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="27" />
            <source>It no longer exists; somebody may have removed it.</source>
            <translation>该记录已不存在，可能已被他人删除。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="28" />
            <source>That name is already taken.</source>
            <translation>该名称已被使用。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="29" />
            <source>The input is not valid.</source>
            <translation>输入内容无效。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="30" />
            <source>Not enough quota.</source>
            <translation>配额不足。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="31" />
            <source>The database reported an error.</source>
            <translation>数据库报告了一个错误。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="33" />
            <source>A phrase cannot be empty.</source>
            <translation>短语不能为空。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="34" />
            <source>A phrase has at most 500 characters.</source>
            <translation>短语最多 500 个字。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="35" />
            <source>A phrase group needs a name.</source>
            <translation>请填写短语组名称。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="36" />
            <source>A phrase group name has at most 50 characters.</source>
            <translation>短语组名称最多 50 个字。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="37" />
            <source>Enter the signature, for example 【SMS Desk】.</source>
            <translation>请输入签名，例如【短信通】。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="38" />
            <source>A signature has at least 2 characters inside 【】.</source>
            <translation>签名括号“【】”内至少 2 个字。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="39" />
            <source>A signature has at most 8 characters inside 【】.</source>
            <translation>签名括号“【】”内最多 8 个字。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="40" />
            <source>A signature cannot contain 【 or 】 inside its brackets.</source>
            <translation>签名的括号内不能再有“【”或“】”。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="41" />
            <source>The signature's brackets do not match: write it as 【name】.</source>
            <translation>签名的括号不完整，请写成“【名称】”。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="42" />
            <source>A signature cannot contain tabs, line breaks or control characters.</source>
            <translation>签名不能包含制表符、换行或控制字符。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="43" />
            <source>A template needs a name.</source>
            <translation>请填写模板名称。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="44" />
            <source>A template name has at most 100 characters.</source>
            <translation>模板名称最多 100 个字。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="45" />
            <source>A template's text cannot be empty.</source>
            <translation>模板内容不能为空。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="46" />
            <source>A template has at most 1000 characters.</source>
            <translation>模板内容最多 1000 个字。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="47" />
            <source>A 【 in the template is never closed with 】.</source>
            <translation>模板中的“【”没有对应的“】”。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="48" />
            <source>A 】 in the template closes nothing.</source>
            <translation>模板中多了一个“】”。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="49" />
            <source>A 【 opens inside another variable; variables cannot be nested.</source>
            <translation>变量中又出现了“【”：变量不能嵌套。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="50" />
            <source>A variable 【】 in the template has no name.</source>
            <translation>模板中有空的变量“【】”。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="51" />
            <source>The template is not text.</source>
            <translation>模板内容不是文本。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="52" />
            <source>Only approved templates can be used to send.</source>
            <translation>只有审核通过的模板才能用于发送。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="53" />
            <source>A rejection needs a reason.</source>
            <translation>驳回时必须填写原因。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="54" />
            <source>A reason has at most 200 characters.</source>
            <translation>原因最多 200 个字。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="55" />
            <source>A sensitive word cannot be empty.</source>
            <translation>敏感词不能为空。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="56" />
            <source>A sensitive word has at most 50 characters.</source>
            <translation>敏感词最多 50 个字。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="57" />
            <source>A sensitive word cannot contain tabs, line breaks or control characters.</source>
            <translation>敏感词不能包含制表符、换行或控制字符。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="58" />
            <source>That word is already on the list.</source>
            <translation>该词已在敏感词列表中。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="59" />
            <source>The file holds no usable sensitive words.</source>
            <translation>文件中没有可用的敏感词。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="60" />
            <source>That is not a phone number.</source>
            <translation>这不是有效的电话号码。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="61" />
            <source>That number is already on this blacklist.</source>
            <translation>该号码已在此黑名单中。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="62" />
            <source>No row of the file holds a phone number. Check the file and the column.</source>
            <translation>文件中没有任何一行包含电话号码，请检查文件和所选的列。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="64" />
            <source>The file no longer exists.</source>
            <translation>文件已不存在。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="65" />
            <source>Only CSV, TXT, XLSX and XLS files can be imported.</source>
            <translation>只能导入 CSV、TXT、XLSX 和 XLS 文件。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="66" />
            <source>The file is too large to import.</source>
            <translation>文件太大，无法导入。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="67" />
            <source>The file is empty.</source>
            <translation>文件是空的。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="68" />
            <source>The file has a header row but no data under it.</source>
            <translation>文件只有表头，没有数据。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="69" />
            <source>The file is not a text table, or is in an unknown encoding (use UTF-8 or GBK).</source>
            <translation>文件不是文本表格，或编码无法识别（请使用 UTF-8 或 GBK）。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="70" />
            <source>The file is not an Excel workbook; it may be damaged or renamed.</source>
            <translation>文件不是 Excel 工作簿，可能已损坏或被改了扩展名。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="72" />
            <source>The workbook is protected by a password. Save a copy without one and import that.</source>
            <translation>工作簿设有密码保护，请另存一份不带密码的副本再导入。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="74" />
            <source>The workbook has no such sheet.</source>
            <translation>工作簿中没有该工作表。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="75" />
            <source>The file has no such column.</source>
            <translation>文件中没有该列。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="77" />
            <source>Choose the column of the file that holds the mobile numbers.</source>
            <translation>请选择文件中存放手机号码的列。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="79" />
            <source>Somebody else changed this contact after you opened it. Nothing was overwritten.</source>
            <translation>在您打开之后，其他人修改了这个联系人。没有覆盖任何内容。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="81" />
            <source>That mobile number is already in this group.</source>
            <translation>该分组中已有这个手机号码。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="82" />
            <source>The file cannot be written there. Choose another folder or name.</source>
            <translation>无法写入该位置。请换一个文件夹或文件名。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/messages.py" line="87" />
            <source>Something went wrong.</source>
            <translation>出现了问题。</translation>
        </message>
    </context>
    <context>
        <name>OrganisationTab</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="44" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="44" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="45" />
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="45" />
            <source>User</source>
            <translation>普通用户</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="47" />
            <source>normal</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="48" />
            <source>disabled</source>
            <translation>禁用</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="49" />
            <source>deleted</source>
            <translation>已删除</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="53" />
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="54" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="55" />
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="125" />
            <source>Group</source>
            <translation>用户组</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="56" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="57" />
            <source>Reviewer</source>
            <translation>审核员</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="58" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="59" />
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="125" />
            <source>Review</source>
            <translation>审核</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="60" />
            <source>Quota</source>
            <translation>配额</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="61" />
            <source>Used</source>
            <translation>已用</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="63" />
            <source>Mobile</source>
            <translation>手机号码</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="80" />
            <source>Filter users by login, name, group…</source>
            <translation>按登录名、姓名、用户组筛选…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="83" />
            <source>Include sub-groups</source>
            <translation>包含下级用户组</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="108" />
            <source>Organisation</source>
            <translation>组织机构</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="125" />
            <source>Balance</source>
            <translation>余额</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="125" />
            <source>Users</source>
            <translation>用户数</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="133" />
            <source>Above your group: shown for its path only</source>
            <translation>上级用户组：仅用于显示路径</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="140" />
            <source>review</source>
            <translation>需审核</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="140" />
            <source>trust</source>
            <translation>免审核</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/smsdesk/ui/tabs/organisation/organisation_tab.py" line="173" />
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n 个用户</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="27" />
            <source>Your account</source>
            <translation>我的账号</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="33" />
            <source>Login:</source>
            <translation>登录名：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="34" />
            <source>Group:</source>
            <translation>用户组：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="35" />
            <source>Type:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="36" />
            <source>Tasks:</source>
            <translation>任务：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="38" />
            <source>Quota (segments)</source>
            <translation>配额（计费条数）</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="47" />
            <source>Limit:</source>
            <translation>额度：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="48" />
            <source>Used:</source>
            <translation>已用：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="49" />
            <source>Left:</source>
            <translation>剩余：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="54" />
            <source>Group balance to allocate:</source>
            <translation>用户组可分配余额：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="63" />
            <source>Welcome, %1</source>
            <translation>欢迎，%1</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="64" />
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="64" />
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="66" />
            <source>Reviewer</source>
            <translation>审核员</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="69" />
            <source>wait for a reviewer's approval</source>
            <translation>需审核员审核后发送</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="69" />
            <source>go out without review</source>
            <translation>无需审核直接发送</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="75" />
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/overview/overview_tab.py" line="97" />
            <source>%p% used</source>
            <translation>已用 %p%</translation>
        </message>
    </context>
    <context>
        <name>PhraseDialog</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="74" />
            <source>Edit phrase</source>
            <translation>编辑短语</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="74" />
            <source>New phrase</source>
            <translation>新建短语</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="79" />
            <source>Phrase:</source>
            <translation>短语：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="86" />
            <source>%1 / %2 characters</source>
            <translation>%1 / %2 字</translation>
        </message>
    </context>
    <context>
        <name>PhraseGroupDialog</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="54" />
            <source>Rename phrase group</source>
            <translation>重命名短语组</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="54" />
            <source>New phrase group</source>
            <translation>新建短语组</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="58" />
            <source>Public: shared with everyone in my user group</source>
            <translation>公共：本用户组所有人都可使用</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="62" />
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
    </context>
    <context>
        <name>PhrasePicker</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/widgets/phrase_picker.py" line="41" />
            <source>Filter phrases…</source>
            <translation>筛选短语…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/widgets/phrase_picker.py" line="46" />
            <source>Double-click a phrase to insert it</source>
            <translation>双击短语即可插入</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/widgets/phrase_picker.py" line="69" />
            <source>Public phrases</source>
            <translation>公共短语</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/widgets/phrase_picker.py" line="69" />
            <source>My phrases</source>
            <translation>我的短语</translation>
        </message>
    </context>
    <context>
        <name>PhrasesSection</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="105" />
            <source>Search phrases…</source>
            <translation>搜索短语…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="107" />
            <source>New group</source>
            <translation>新建分组</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="109" />
            <source>New phrase</source>
            <translation>新建短语</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="111" />
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="112" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="116" />
            <source>Phrase groups</source>
            <translation>短语组</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="117" />
            <source>Public</source>
            <translation>公共</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="118" />
            <source>Personal</source>
            <translation>个人</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="123" />
            <source>Phrase</source>
            <translation>短语</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="124" />
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="125" />
            <source>Author</source>
            <translation>创建人</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="127" />
            <source>Changed</source>
            <translation>修改时间</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="182" />
            <source>Phrases</source>
            <translation>短语库</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="238" />
            <source>%n phrase(s)</source>
            <translation>
                <numerusform>%n 条短语</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="306" />
            <source>Delete the phrase “%1”?</source>
            <translation>删除短语“%1”？</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/phrases_section.py" line="313" />
            <source>Delete the group “%1” and its %2 phrase(s)?</source>
            <translation>删除短语组“%1”及其中的 %2 条短语？</translation>
        </message>
    </context>
    <context>
        <name>Section</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/section.py" line="107" />
            <location filename="../../desktop/smsdesk/ui/tabs/library/section.py" line="120" />
            <location filename="../../desktop/smsdesk/ui/tabs/library/section.py" line="210" />
            <source>SMS Desk</source>
            <translation>SMS Desk</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/section.py" line="195" />
            <source>Tables (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.xlsb *.ods)</source>
            <translation>表格文件 (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.xlsb *.ods)</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/section.py" line="196" />
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/section.py" line="208" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/section.py" line="229" />
            <source>%1 of %2 stored…</source>
            <translation>已保存 %1 / %2…</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="171" />
            <source>SMS Desk: sign in</source>
            <translation>SMS Desk 短信平台：登录</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="172" />
            <source>SMS Desk</source>
            <translation>SMS Desk 短信平台</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="173" />
            <source>Enterprise SMS console, version %1</source>
            <translation>企业短信平台操作台，版本 %1</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="174" />
            <source>&amp;Login:</source>
            <translation>登录名(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="176" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="178" />
            <source>Database:</source>
            <translation>数据库：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="179" />
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="180" />
            <source>Remember my login</source>
            <translation>记住登录名</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="181" />
            <source>Remember my password in the system keyring</source>
            <translation>在系统钥匙串中记住密码</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="183" />
            <source>No system keyring is available on this computer.</source>
            <translation>本机没有可用的系统钥匙串。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="184" />
            <source>Change…</source>
            <translation>更改…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="185" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="186" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="187" />
            <source>This local database has no users yet.</source>
            <translation>本地数据库中还没有用户。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="188" />
            <source>Create administrator…</source>
            <translation>创建管理员…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="189" />
            <source>Try the demo</source>
            <translation>体验演示</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="199" />
            <source>Embedded database on this computer</source>
            <translation>本机内置数据库</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="205" />
            <source>set on the command line</source>
            <translation>由命令行指定</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="206" />
            <source>set by SMSDESK_DATABASE_URL</source>
            <translation>由 SMSDESK_DATABASE_URL 指定</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="207" />
            <source>set by IT for this computer</source>
            <translation>由 IT 为本机统一设置</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="219" />
            <source>Starting the local database…</source>
            <translation>正在启动本地数据库…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="246" />
            <source>Enter your login and password.</source>
            <translation>请输入登录名和密码。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="249" />
            <source>Signing in…</source>
            <translation>正在登录…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="289" />
            <source>Creating the administrator…</source>
            <translation>正在创建管理员…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/signin_dialog.py" line="315" />
            <source>Preparing the demo organisation…</source>
            <translation>正在准备演示组织…</translation>
        </message>
    </context>
    <context>
        <name>SignatureDialog</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="18" />
            <source>Edit signature</source>
            <translation>编辑签名</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="18" />
            <source>New signature</source>
            <translation>新建签名</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="28" />
            <source>【Company】: 2 to 8 characters</source>
            <translation>【公司名】：2 到 8 个字</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="30" />
            <source>User group:</source>
            <translation>用户组：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="31" />
            <source>Signature:</source>
            <translation>签名：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="42" />
            <source>Messages will start with %1 (%2 characters counted)</source>
            <translation>短信将以 %1 开头（计 %2 个字）</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="49" />
            <source>You administer no user group.</source>
            <translation>您没有可管理的用户组。</translation>
        </message>
    </context>
    <context>
        <name>SignaturesSection</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="60" />
            <source>default</source>
            <translation>默认</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="64" />
            <source>Filter signatures or groups…</source>
            <translation>筛选签名或用户组…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="66" />
            <source>New signature</source>
            <translation>新建签名</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="68" />
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="69" />
            <source>Make default</source>
            <translation>设为默认</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="71" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="72" />
            <source>Signatures are managed by administrators. You send under your group's default.</source>
            <translation>签名由管理员维护。发送时默认使用本组的默认签名。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="78" />
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="79" />
            <source>Characters</source>
            <translation>字数</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="80" />
            <source>Default</source>
            <translation>默认</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="81" />
            <source>User group</source>
            <translation>用户组</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="120" />
            <source>Signatures</source>
            <translation>签名</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="131" />
            <source>%n signature(s)</source>
            <translation>
                <numerusform>%n 个签名</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/signatures_section.py" line="186" />
            <source>Delete the signature %1 of %2?</source>
            <translation>删除 %2 的签名 %1？</translation>
        </message>
    </context>
    <context>
        <name>TemplatesSection</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="48" />
            <source>Search name or text…</source>
            <translation>搜索名称或内容…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="52" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="55" />
            <source>New template</source>
            <translation>新建模板</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="57" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="60" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="61" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="62" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="63" />
            <source>Visibility</source>
            <translation>权限</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="64" />
            <source>Author</source>
            <translation>创建人</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="66" />
            <source>Changed</source>
            <translation>修改时间</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="97" />
            <source>Public: every user of my group may send with it</source>
            <translation>公共：本组所有用户都可使用</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="101" />
            <source>Dear 【name】, your 【policy】 premium is due on 【due date】.</source>
            <translation>尊敬的【姓名】先生，您的【险种】保险应于【应缴日期】缴纳</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="114" />
            <source>Variable</source>
            <translation>变量</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="114" />
            <source>Sample value</source>
            <translation>示例值</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="127" />
            <source>Save and submit for review</source>
            <translation>保存并提交审核</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="129" />
            <source>Discard changes</source>
            <translation>放弃修改</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="132" />
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="133" />
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="135" />
            <source>Text:</source>
            <translation>内容：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="137" />
            <source>Sample message</source>
            <translation>示例短信</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="139" />
            <source>Variables:</source>
            <translation>变量：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="141" />
            <source>Signature:</source>
            <translation>签名：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="203" />
            <source>Templates</source>
            <translation>短信模板</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="217" />
            <source>%n template(s)</source>
            <translation>
                <numerusform>%n 个模板</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="231" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="283" />
            <source>New template: it can be used once a reviewer approves it.</source>
            <translation>新模板：审核通过后才能使用。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="287" />
            <source>Approved by %1. Saving a change sends it back to review.</source>
            <translation>已由 %1 审核通过。保存修改后需重新审核。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="289" />
            <source>Approved. Saving a change sends it back to review.</source>
            <translation>已审核通过。保存修改后需重新审核。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="294" />
            <source>Rejected by %1: %2</source>
            <translation>已被 %1 驳回：%2</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="296" />
            <source>Rejected: %2</source>
            <translation>已驳回：%2</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="300" />
            <source>Awaiting review: it cannot be used to send yet.</source>
            <translation>待审核：暂时不能用于发送。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="303" />
            <source>(read-only: only its author or an administrator may change it)</source>
            <translation>（只读：只有创建人或管理员可以修改）</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="354" />
            <source>none: every message is the same</source>
            <translation>无：每条短信内容相同</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="362" />
            <source>%1 characters · %2 · %n segment(s) per message</source>
            <translation>
                <numerusform>%1 个字 · %2 · 每条 %n 段计费</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="367" />
            <source>over the %1-character limit</source>
            <translation>超过 %1 字上限</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="387" />
            <source>Saving sends this approved template back to review.</source>
            <translation>保存后，这个已通过的模板需要重新审核。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/templates_section.py" line="428" />
            <source>Delete the template “%1”?</source>
            <translation>删除模板“%1”？</translation>
        </message>
    </context>
    <context>
        <name>WordsSection</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="39" />
            <source>Search words…</source>
            <translation>搜索敏感词…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="43" />
            <source>New word</source>
            <translation>新敏感词</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="45" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="47" />
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="49" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="51" />
            <source>The sensitive words are managed by the administrators of the top-level group.</source>
            <translation>敏感词由总部（顶级用户组）的管理员维护。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="61" />
            <source>Word</source>
            <translation>敏感词</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="62" />
            <source>Added by</source>
            <translation>添加人</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="64" />
            <source>Added</source>
            <translation>添加时间</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="88" />
            <source>Type or paste a message to see what would be masked…</source>
            <translation>输入或粘贴一条短信，查看哪些字会被替换为 *…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="95" />
            <source>Test text</source>
            <translation>测试文本</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="98" />
            <source>As it would be sent:</source>
            <translation>实际发送内容：</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="141" />
            <source>Sensitive words</source>
            <translation>敏感词</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="166" />
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n 个敏感词</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="168" />
            <source>%1 of %2 shown</source>
            <translation>显示 %1 个，共 %2</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="209" />
            <source>Delete the word “%1”?</source>
            <translation>删除敏感词“%1”？</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="211" />
            <source>Delete %n selected word(s)?</source>
            <translation>
                <numerusform>删除选中的 %n 个敏感词？</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="216" />
            <source>Import sensitive words</source>
            <translation>导入敏感词</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="224" />
            <source>Importing sensitive words…</source>
            <translation>正在导入敏感词…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="229" />
            <source>%1: %2 words read, %3 added, %4 already on the list, %5 refused.</source>
            <translation>%1：读取 %2 个词，新增 %3 个，%4 个已存在，%5 个无效。</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="237" />
            <source>Row %1: “%2” (%3)</source>
            <translation>第 %1 行：“%2”（%3）</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="258" />
            <source>Found: %1</source>
            <translation>发现：%1</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/library/words_section.py" line="258" />
            <source>No sensitive words found.</source>
            <translation>未发现敏感词。</translation>
        </message>
    </context>
</TS>
