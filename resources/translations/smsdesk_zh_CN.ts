<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AuditTab</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="39" />
            <source>Search actor, action or target…</source>
            <translation>搜索操作人、操作或对象…</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="43" />
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="173" />
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
        <message numerus="yes">
            <location filename="../../desktop/smsdesk/ui/tabs/audit/audit_tab.py" line="164" />
            <source>%n entries shown</source>
            <translation>
                <numerusform>已显示 %n 条记录</numerusform>
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
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="49" />
            <source>SMS Desk: %1</source>
            <translation>SMS Desk 短信平台：%1</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="78" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="79" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="84" />
            <source>&amp;Sign out</source>
            <translation>退出登录(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="89" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="94" />
            <source>&amp;View</source>
            <translation>查看(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="95" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="111" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="112" />
            <source>&amp;About SMS Desk</source>
            <translation>关于 SMS Desk(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="119" />
            <source>embedded database</source>
            <translation>内置数据库</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="121" />
            <source>Database: %1 · PostgreSQL %2</source>
            <translation>数据库：%1 · PostgreSQL %2</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="125" />
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="125" />
            <source>Reviewer</source>
            <translation>审核员</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="125" />
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="147" />
            <source>Enterprise SMS console</source>
            <translation>企业短信平台操作台</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="148" />
            <source>Application</source>
            <translation>应用程序</translation>
        </message>
        <message>
            <location filename="../../desktop/smsdesk/ui/main_window.py" line="161" />
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
            <location filename="../../desktop/smsdesk/ui/messages.py" line="36" />
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
</TS>
