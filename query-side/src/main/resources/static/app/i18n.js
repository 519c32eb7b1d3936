// Labels in Chinese (the default) and English; codes without a label are shown as they are.
const LABELS = {
  'zh-CN': {
    'app.title': '物业客服看板', 'office': '管理处', 'signout': '退出', 'other.language': 'English',
    'nav.today': '今日待办', 'nav.rates': '指标', 'nav.satisfaction': '满意度', 'nav.history': '投诉履历',
    'nav.company': '公司总览', 'company.title': '各管理处', 'company.office': '管理处', 'company.open': '未完成',
    'company.overdue': '已逾期', 'company.callbackRate': '回访率', 'company.firstReplyOnTime': '首次答复及时率',
    'company.complaintRate': '投诉率', 'company.satisfaction': '满意率',
    'login.title': '登录', 'login.user': '用户名', 'login.password': '密码', 'login.submit': '登录',
    'login.failed': '用户名或密码错误', 'login.locked': '登录失败次数过多，请 {0} 秒后再试',
    'login.expired': '登录已过期，请重新登录',
    'live.connecting': '连接中…', 'live.live': '实时', 'live.lost': '连接中断，正在重连…',
    'none': '无', 'loading': '加载中…', 'error': '读取失败：{0}', 'no.pages': '当前角色没有可查看的页面。',
    'no.offices': '没有可查看的管理处。', 'asof': '数据时间 {0}（{1}）',
    'today.open': '未完成', 'today.dueToday': '今日到期', 'today.overdue': '已逾期',
    'today.overdueList': '逾期事项', 'today.dueTodayList': '今日到期事项',
    'today.promised': '{0} 天内到期的承诺答复', 'today.byKind': '按类别', 'today.byType': '按事项',
    'today.byPerformer': '按执行人',
    'today.failedFollowUps': '自动跟进失败（{0} 项，待重试）', 'failed.event': '触发事件', 'failed.cause': '原因',
    'failed.since': '失败时间', 'failed.attempts': '尝试次数', 'col.type': '事项', 'col.kind': '类别', 'col.due': '到期时间',
    'col.performer': '执行人', 'col.ref': '关联', 'col.name': '名称', 'col.rate': '比率',
    'col.numerator': '分子', 'col.denominator': '分母', 'col.target': '目标',
    'rates.month': '月份', 'rates.callbacks': '各类回访率', 'rates.onTime': '回访及时率',
    'rates.complaintTrend': '月度投诉率（目标 < {0}%）', 'rates.visits': '拜访', 'rates.table': '本月指标明细',
    'rates.callbackRate': '回访率', 'rates.callbacksOnTime': '回访及时率', 'rates.handlingRate': '回访问题处理率',
    'rates.firstReplyOnTime': '首次答复及时率', 'rates.remedyOnTime': '补救答复及时率',
    'rates.complaintRate': '投诉率', 'rates.repeatComplaints': '重复投诉率',
    'rates.monthlyVisitQuota': '月度拜访完成率', 'rates.annualVisitCoverage': '年度拜访覆盖率',
    'target.AT_LEAST': '≥ {0}%', 'target.BELOW': '< {0}%', 'met': '达标', 'notMet': '未达标', 'target': '目标',
    'sat.campaign': '调查 {0}', 'sat.closed': '已结束', 'sat.open': '收集中', 'sat.returned': '回收 {0}/{1}（{2}%）',
    'sat.raw': '原始满意率', 'sat.penalty': '回收率扣分', 'sat.final': '满意率', 'sat.categories': '分项满意率',
    'sat.pareto': '不满意柏拉图', 'sat.line80': '80% 线', 'sat.mainItem': '主要改进项', 'sat.trend': '满意率趋势',
    'sat.returnRate': '回收率', 'sat.none': '还没有满意度调查。',
    'hist.id': '投诉编号', 'hist.placeholder': 'TS-2026-000001',
    'noData': '无数据', 'overdueBy': '逾期 {0}', 'dueIn': '剩余 {0}', 'unit.d': '天', 'unit.h': '小时', 'unit.min': '分钟',
    'col.about': '对象', 'col.when': '期限', 'room': '{0} 室', 'unit.points': '分',
    'legend.met': '达标', 'legend.missed': '未达标', 'legend.plain': '无目标', 'legend.target': '目标线',
    'legend.main': '主要改进项（累计占比 80% 以内）', 'legend.other': '其他类别', 'legend.cumulative': '累计占比',
    'legend.numbers': '数字：不满意数 · 累计占比',
    'nav.work': '我的工作', 'work.mine': '我的待办（逾期在前）', 'work.record': '记录回访', 'work.register': '登记投诉',
    'work.room': '房号（楼栋-房间）', 'work.channel': '渠道', 'work.complainant': '投诉人姓名', 'work.phone': '联系电话',
    'work.paperRef': '纸质登记编号', 'work.save': '保存', 'work.registered': '已登记，投诉编号',
    'work.method': '回访方式', 'work.performedAt': '回访时间', 'work.content': '回访内容', 'work.result': '结果',
    'work.signature': '签字', 'work.problems': '发现的问题', 'work.recorded': '已记录。',
    'method.PHONE': '电话', 'method.IN_PERSON': '上门', 'method.SMS': '短信', 'method.ONLINE': '线上', 'method.LETTER': '信函',
    'method.EMAIL': '电子邮件', 'method.QUESTIONNAIRE': '征询单', 'result.SATISFIED': '满意', 'result.NOT_SATISFIED': '不满意',
    'signature.SIGNED': '已签字', 'signature.REFUSED': '拒绝签字', 'signature.NOT_REQUIRED': '无需签字',
    'channel.PHONE': '电话', 'channel.HOTLINE': '热线', 'channel.WALK_IN': '来访', 'channel.LETTER': '信函',
    'channel.ONLINE': '线上', 'channel.MAILBOX': '意见箱', 'channel.FAX': '传真',
    'problem.CALLBACK_TOO_LATE_FOR_IN_PERSON': '22:00 以后不能上门回访。', 'problem.CALLBACK_PERFORMED_BEFORE_SCHEDULED': '回访时间早于回访安排。',
    'problem.CALLBACK_SIGNATURE_REQUIRED': '上门回访须由住户签字或注明拒签。', 'problem.CALLBACK_CHANNEL_DECLINED': '住户拒绝此回访方式。',
    'problem.CALLBACK_CONFLICT_OF_INTEREST': '处理人不能回访自己处理的事项。', 'problem.CALLBACK_PERFORMER_ROLE_NOT_ALLOWED': '你的岗位不能执行此回访。',
    'problem.CALLBACK_SIGNATURE_NOT_POSSIBLE': '电话等非上门回访无法签字。', 'problem.CALLBACK_PERFORMED_IN_FUTURE': '回访时间不能晚于现在。',
    'problem.CALLBACK_FIELD_REQUIRED': '请填写标出的字段。',
    'problem.VALIDATION_FAILED': '请检查标出的字段。', 'problem.PRECONDITION_FAILED': '已被他人修改，请刷新后再操作。',
    'work.actions': '可办理', 'work.reload': '刷新', 'problem.STALE_VERSION': '已被他人修改，请刷新后再操作。',
    'nav.webhooks': 'Webhook 推送', 'hooks.title': '推送订阅', 'hooks.target': '接收地址', 'hooks.lag': '待推送事件',
    'hooks.counts': '成功 / 失败', 'hooks.last': '最近一次', 'hooks.pause': '暂停', 'hooks.resume': '恢复推送',
    'hooks.ACTIVE': '推送中', 'hooks.PAUSED': '已暂停', 'hooks.add': '添加订阅', 'hooks.types': '事件类型（逗号分隔，空为全部）',
    'hooks.cause.BY_PERSON': '已人工暂停', 'hooks.cause.ATTEMPTS_EXHAUSTED': '多次推送失败，已暂停',
    'hooks.cause.RECEIVER_REFUSED': '接收方拒收，已暂停', 'hooks.cause.TARGET_NOT_ALLOWED': '接收地址已不被允许，已暂停',
    'hooks.allTypes': '全部事件', 'hooks.allOffices': '全部管理处', 'hooks.secret': '签名密钥（只显示这一次，请妥善保存）：{0}',
    'work.raised': '住户提出的事项（承诺答复、新投诉、新工单）', 'work.promisedReply': '承诺答复（问题与答复期限）',
    'work.newComplaint': '新投诉（类别与内容）', 'work.newWorkOrder': '新工单（类型与内容）',
    'work.appoint': '预约拜访时间', 'work.appointedFor': '预约时间',
    'work.visits': '待拜访（逾期在前）', 'work.recordVisit': '记录拜访', 'work.visitedAt': '拜访时间',
    'work.visitSummary': '拜访情况', 'work.feedbackRequired': '需要回复住户', 'work.opinion': '住户意见（类型与内容）',
    'work.repeat': '该住户 {0} 天内已有同类投诉：', 'work.saveAnyway': '仍然登记（将标记为重复投诉）',
    'visitMethod.IN_PERSON': '上门', 'visitMethod.PHONE': '电话', 'visitMethod.AT_OFFICE': '来处面谈',
    'visitMethod.OUTDOORS': '户外', 'visitMethod.QUESTIONNAIRE': '征询单',
    'opinion.SUGGESTION': '建议', 'opinion.ENQUIRY': '咨询', 'opinion.COMPLAINT': '投诉', 'opinion.PRAISE': '表扬',
    'problem.TOO_LATE_FOR_IN_PERSON': '22:00 以后不能上门。', 'problem.VISIT_SIGNATURE_REQUIRED': '上门拜访须由住户签字或注明拒签。',
    'problem.VISIT_SIGNATURE_NOT_POSSIBLE': '非上门拜访无法签字。', 'problem.VISIT_TIME_IN_FUTURE': '拜访时间不能晚于现在。',
    'problem.VISIT_ALREADY_RECORDED': '该拜访已记录。', 'problem.VISIT_PERFORMER_ROLE_REQUIRED': '你的岗位不能执行此拜访。',
    'problem.VISIT_APPOINTMENT_REQUIRED': '此拜访须先预约。', 'problem.OPINION_COMPLAINT_NEEDS_HOUSEHOLD': '投诉类意见须指明住户。',
    'wo.title': '工单', 'wo.open': '开工单', 'wo.assign': '派工', 'wo.complete': '完工',
    'wo.SMALL_REPAIR': '小修', 'wo.SAFETY_FACILITY_REPAIR': '安全设施维修', 'wo.LEAK_REPAIR': '渗漏维修',
    'wo.OTHER_REPAIR': '其他维修', 'wo.REPAIR_WORKS': '维修工程', 'wo.PAID_SERVICE': '有偿服务',
    'woStatus.OPEN': '待派工', 'woStatus.ASSIGNED': '已派工', 'woStatus.COMPLETED': '已完工', 'woStatus.CANCELLED': '已取消',
    'stepField.assignee': '执行人（员工编号，可不填）', 'stepField.notes': '完工说明', 'stepField.kind': '工单类型',
    'step.verify': '核实', 'step.classify': '定性', 'step.declare-invalid': '认定无效', 'step.decide-handling': '确定处理方案',
    'step.dispatch': '派单', 'step.acknowledge-dispatch': '接单', 'step.first-reply': '首次答复',
    'step.remedial-actions': '补救措施', 'step.report-result': '报告处理结果',
    'stepField.findings': '核实情况', 'stepField.proposedHandling': '处理建议', 'stepField.severity': '严重程度',
    'stepField.responsibility': '责任', 'stepField.explanation': '说明', 'stepField.department': '部门',
    'stepField.handlingMethod': '处理方法', 'stepField.content': '答复内容', 'stepField.description': '措施',
    'stepField.result': '处理结果', 'severity.GENERAL': '一般', 'severity.MAJOR': '重大',
    'responsibility.OWN': '本方责任', 'responsibility.OUTSIDE_PARTY': '外部责任',
    'event.ComplaintRegistered': '登记投诉', 'event.ComplaintVerified': '核实', 'event.ComplaintClassified': '定性',
    'event.ComplaintDeclaredInvalid': '认定无效', 'event.HandlingDecided': '确定处理方案', 'event.ComplaintDispatched': '派单',
    'event.DispatchReceived': '接单', 'event.FirstReplyGiven': '首次答复', 'event.RemedialActionRecorded': '补救措施',
    'event.CorrectiveActionPlanned': '计划整改', 'event.CorrectiveActionCompleted': '完成整改',
    'event.HandlingResultReported': '报告处理结果', 'event.ComplaintEscalated': '升级',
    'event.ComplaintFlaggedAsRepeat': '标记为重复投诉', 'event.ComplainantConfirmed': '投诉人确认',
    'event.ComplaintReopened': '重开', 'event.ComplaintReviewRequested': '申请复核', 'event.ComplaintClosed': '结案',
    'event.CallbackScheduled': '安排回访', 'event.CallbackPerformed': '完成回访', 'event.CallbackCancelled': '取消回访',
    'event.CallbackOverdue': '回访逾期', 'event.CallbackSpotChecked': '回访抽查', 'event.FollowUpScheduled': '安排跟进',
    'event.FollowUpDone': '完成跟进', 'event.FollowUpOverdue': '跟进逾期', 'event.WorkOrderOpened': '开工单',
    'event.WorkOrderAssigned': '派工', 'event.WorkOrderCompleted': '完工', 'event.WorkOrderCancelled': '取消工单',
    'event.WorkOrderReworkRequested': '要求返工',
    'list.total': '共 {0} 件', 'sat.print': '打印报告', 'sat.plan': '改进项', 'sat.measures': '措施', 'sat.owner': '负责人',
    'plan.PLANNED': '已计划', 'plan.COMPLETED': '已完成', 'plan.VERIFIED': '已验证有效', 'plan.NOT_EFFECTIVE': '验证无效',
    'plan.OVERDUE': '已逾期', 'drill.type': '事项', 'drill.kind': '类别', 'drill.performer': '执行人', 'drill.all': '全部', 'drill.department': '部门',
    'drill.download': '下载 CSV', 'drill.counted': '计入', 'drill.notCounted': '未计入',
    'drill.counts': '计入分子', 'drill.at': '发生时间', 'type.COMPLAINT': '投诉', 'type.FOLLOW_UP': '跟进', 'type.HOUSEHOLD': '住户', 'drill.title': '{0}（{1} / {2} 项）', 'drill.minutes': '距到期（分钟，负数为逾期）', 'hist.show': '查看', 'hist.timeline': '履历', 'hist.state': '当前状态',
    'hist.position': '序号', 'hist.time': '时间', 'hist.event': '事件', 'hist.actor': '经办人', 'hist.user': '账号',
    'hist.aggregate': '对象', 'hist.data': '内容', 'hist.notFound': '找不到该投诉', 'hist.auditOnly': '履历对主任、主管和审计开放；以下为投诉当前状态。',
    'field.status': '状态', 'field.number': '编号', 'field.category': '类别', 'field.summary': '内容',
    'field.receivedAt': '受理时间', 'field.firstReplyDue': '首次答复期限', 'field.remedyDue': '补救答复期限',
    'field.department': '处理部门', 'field.closedAt': '结案时间', 'field.household': '住户',
    'type.FIRST_REPLY': '首次答复', 'type.REMEDY_ANSWER': '补救答复', 'type.DEPARTMENT_RESULT': '部门处理结果',
    'type.CALLBACK': '回访', 'type.PROMISED_REPLY': '承诺答复', 'type.PROBLEM_NOTICE': '问题书面通知',
    'type.VISIT': '拜访', 'type.OPINION_ANSWER': '意见答复',
    'kind.COMPLAINT': '投诉回访', 'kind.REPAIR': '维修回访', 'kind.ACCIDENT': '意外事故回访',
    'kind.AFTER_ACCIDENT': '事故后拜访', 'kind.HOLIDAY': '节日拜访', 'kind.ROUTINE': '日常拜访',
    'kind.NEW_OWNER': '新业主拜访', 'kind.SUGGESTION': '建议', 'kind.SURVEY_FOLLOW_UP': '满意度回访',
    'kind.PAID_SERVICE': '有偿服务回访', 'kind.HELP_SERVICE': '帮助服务回访', 'kind.COMMUNITY_ACTIVITY': '社区活动回访',
    'kind.NEW_SERVICE': '新服务回访', 'kind.FOLLOW_UP': '跟进回访',
    'cat.POWER_SUPPLY': '供电', 'cat.WATER_SUPPLY': '供水', 'cat.FIRE_SAFETY_AND_SECURITY': '消防安防',
    'cat.PUBLIC_ORDER': '公共秩序', 'cat.CLEANING': '保洁', 'cat.GREENING': '绿化', 'cat.PUBLIC_FACILITIES': '公共设施',
    'cat.REPAIR_SERVICE': '维修服务', 'cat.SERVICE_ATTITUDE': '服务态度', 'cat.OTHER': '其他',
    'role.DIRECTOR': '主任', 'role.DEPARTMENT_HEAD': '部门负责人', 'role.CUSTOMER_SERVICE_SUPERVISOR': '客服主管',
    'role.CLERK': '客服员', 'role.REPAIR_LEAD': '维修组长', 'role.QUALITY_CHECKER': '品质检查员',
    'status.REGISTERED': '已登记', 'status.VERIFIED': '已核实', 'status.CLASSIFIED': '已定性',
    'status.DISPATCHED': '已派单', 'status.IN_HANDLING': '处理中', 'status.RESULT_REPORTED': '已报结果',
    'status.CLOSED': '已结案', 'status.INVALID': '无效', 'status.REOPENED': '已重开',
    'status.HANDLING_DECIDED': '已定处理方案', 'status.IN_PROGRESS': '处理中', 'status.UNDER_REVIEW': '复核中',
    'cat.FEES': '收费', 'cat.PARKING': '停车', 'cat.NOISE_AND_NEIGHBOURS': '噪音与邻里',
    'count.performed': '已回访', 'count.scheduled': '应回访', 'count.performed on time': '按时回访',
    'count.followed up': '已跟进', 'count.raised in callbacks (due this month)': '回访中发现的问题（本月到期）',
    'count.first replies on time': '按时首次答复', 'count.complaints received': '受理投诉',
    'count.remedial answers on time': '按时补救答复', 'count.complaints with a remedial answer due': '应补救答复的投诉',
    'count.registered households': '登记住户', 'count.repeat complaints': '重复投诉',
    'count.households given a routine visit': '已日常拜访住户', 'count.occupied households visited': '已拜访入住户',
    'count.occupied households': '入住户', 'count.quota': '拜访指标（{1} 户入住户的 {0}%）'
  },
  en: {
    'app.title': 'PropCare dashboard', 'office': 'Office', 'signout': 'Sign out', 'other.language': '中文',
    'nav.today': 'Today', 'nav.rates': 'Rates', 'nav.satisfaction': 'Satisfaction', 'nav.history': 'Complaint history',
    'nav.company': 'Company', 'company.title': 'Offices', 'company.office': 'Office', 'company.open': 'Open',
    'company.overdue': 'Overdue', 'company.callbackRate': 'Callback rate', 'company.firstReplyOnTime': 'First replies on time',
    'company.complaintRate': 'Complaint rate', 'company.satisfaction': 'Satisfaction',
    'login.title': 'Sign in', 'login.user': 'User', 'login.password': 'Password', 'login.submit': 'Sign in',
    'login.failed': 'Wrong user or password',
    'login.locked': 'Too many failed sign-ins; try again in {0} s', 'login.expired': 'Your sign-in has expired; please sign in again',
    'live.connecting': 'Connecting…', 'live.live': 'Live', 'live.lost': 'Connection lost, reconnecting…',
    'none': 'None', 'loading': 'Loading…', 'error': 'Could not read: {0}', 'no.pages': 'Your role has no pages here.',
    'no.offices': 'No office to show.', 'asof': 'As of {0} ({1})',
    'today.open': 'Open', 'today.dueToday': 'Due today', 'today.overdue': 'Overdue',
    'today.overdueList': 'Overdue', 'today.dueTodayList': 'Due today',
    'today.promised': 'Promised replies due within {0} days', 'today.byKind': 'By kind', 'today.byType': 'By item',
    'today.byPerformer': 'By performer',
    'today.failedFollowUps': 'Automatic follow-up failed ({0}, waiting for a retry)', 'failed.event': 'Event',
    'failed.cause': 'Cause', 'failed.since': 'Failed at', 'failed.attempts': 'Attempts', 'col.type': 'Item', 'col.kind': 'Kind', 'col.due': 'Due',
    'col.performer': 'Performer', 'col.ref': 'Belongs to', 'col.name': 'Name', 'col.rate': 'Rate',
    'col.numerator': 'Numerator', 'col.denominator': 'Denominator', 'col.target': 'Target',
    'rates.month': 'Month', 'rates.callbacks': 'Callback rate per kind', 'rates.onTime': 'Callbacks on time',
    'rates.complaintTrend': 'Complaint rate per month (target < {0} %)', 'rates.visits': 'Visits',
    'rates.table': "This month's figures",
    'rates.callbackRate': 'Callback rate', 'rates.callbacksOnTime': 'Callbacks on time',
    'rates.handlingRate': 'Problems from callbacks handled', 'rates.firstReplyOnTime': 'First replies on time',
    'rates.remedyOnTime': 'Remedial answers on time', 'rates.complaintRate': 'Complaint rate',
    'rates.repeatComplaints': 'Repeat complaints', 'rates.monthlyVisitQuota': 'Monthly visit quota',
    'rates.annualVisitCoverage': 'Annual visit coverage',
    'target.AT_LEAST': '≥ {0} %', 'target.BELOW': '< {0} %', 'met': 'met', 'notMet': 'not met', 'target': 'Target',
    'sat.campaign': 'Survey {0}', 'sat.closed': 'closed', 'sat.open': 'collecting',
    'sat.returned': 'Returned {0}/{1} ({2} %)', 'sat.raw': 'Raw satisfaction', 'sat.penalty': 'Return-rate penalty',
    'sat.final': 'Satisfaction', 'sat.categories': 'Satisfaction per category', 'sat.pareto': 'Pareto of "not satisfied"',
    'sat.line80': '80 % line', 'sat.mainItem': 'main improvement item', 'sat.trend': 'Trend',
    'sat.returnRate': 'Return rate', 'sat.none': 'No satisfaction survey yet.',
    'hist.id': 'Complaint number', 'hist.placeholder': 'TS-2026-000001',
    'noData': 'no data', 'overdueBy': 'overdue by {0}', 'dueIn': '{0} left', 'unit.d': 'd', 'unit.h': 'h', 'unit.min': 'min',
    'col.about': 'About', 'col.when': 'Due', 'room': 'room {0}', 'unit.points': 'points',
    'legend.met': 'met', 'legend.missed': 'not met', 'legend.plain': 'no target', 'legend.target': 'target',
    'legend.main': 'main improvement items (within 80 % cumulative)', 'legend.other': 'other categories',
    'legend.cumulative': 'cumulative share', 'legend.numbers': 'numbers: not satisfied · cumulative share',
    'nav.work': 'My work', 'work.mine': 'What I owe (overdue first)', 'work.record': 'Record callback',
    'work.register': 'Register a complaint', 'work.room': 'Room (building-room)', 'work.channel': 'Channel',
    'work.complainant': "Complainant's name", 'work.phone': 'Phone', 'work.paperRef': 'Paper register reference',
    'work.save': 'Save', 'work.registered': 'Registered as', 'work.method': 'Method', 'work.performedAt': 'Performed at',
    'work.content': 'What was said', 'work.result': 'Result', 'work.signature': 'Signature', 'work.problems': 'Problems found',
    'work.recorded': 'Recorded.',
    'method.PHONE': 'Phone', 'method.IN_PERSON': 'In person', 'method.SMS': 'SMS', 'method.ONLINE': 'Online',
    'method.LETTER': 'Letter', 'method.EMAIL': 'Email', 'method.QUESTIONNAIRE': 'Questionnaire',
    'result.SATISFIED': 'Satisfied', 'result.NOT_SATISFIED': 'Not satisfied', 'signature.SIGNED': 'Signed',
    'signature.REFUSED': 'Refused to sign', 'signature.NOT_REQUIRED': 'Not required',
    'channel.PHONE': 'Phone', 'channel.HOTLINE': 'Hotline', 'channel.WALK_IN': 'Walk-in', 'channel.LETTER': 'Letter',
    'channel.ONLINE': 'Online', 'channel.MAILBOX': 'Mailbox', 'channel.FAX': 'Fax',
    'problem.CALLBACK_TOO_LATE_FOR_IN_PERSON': 'No callback in person at or after 22:00.',
    'problem.CALLBACK_PERFORMED_BEFORE_SCHEDULED': 'Performed before the callback was scheduled.',
    'problem.CALLBACK_SIGNATURE_REQUIRED': 'In person, the household signs or refuses to sign.',
    'problem.CALLBACK_CHANNEL_DECLINED': 'The household declined this way of being contacted.',
    'problem.CALLBACK_CONFLICT_OF_INTEREST': 'Whoever handled it may not call back about it.',
    'problem.CALLBACK_PERFORMER_ROLE_NOT_ALLOWED': 'Your role may not perform this callback.',
    'problem.CALLBACK_SIGNATURE_NOT_POSSIBLE': 'Only a callback in person can be signed.',
    'problem.CALLBACK_PERFORMED_IN_FUTURE': 'A callback cannot be performed in the future.',
    'problem.CALLBACK_FIELD_REQUIRED': 'Please fill in the marked field.',
    'problem.VALIDATION_FAILED': 'Please check the marked fields.',
    'problem.PRECONDITION_FAILED': 'Changed by someone else: reload, then act.',
    'work.actions': 'Next steps', 'work.reload': 'Reload', 'problem.STALE_VERSION': 'Changed by someone else: reload, then act.',
    'nav.webhooks': 'Webhooks', 'hooks.title': 'Webhook subscriptions', 'hooks.target': 'Receiver', 'hooks.lag': 'Events to send',
    'hooks.counts': 'Delivered / failed', 'hooks.last': 'Last attempt', 'hooks.pause': 'Pause', 'hooks.resume': 'Resume',
    'hooks.ACTIVE': 'delivering', 'hooks.PAUSED': 'paused', 'hooks.add': 'Add a subscription',
    'hooks.cause.BY_PERSON': 'Paused by a person', 'hooks.cause.ATTEMPTS_EXHAUSTED': 'Paused: deliveries kept failing',
    'hooks.cause.RECEIVER_REFUSED': 'Paused: the receiver refused an event',
    'hooks.cause.TARGET_NOT_ALLOWED': 'Paused: the target is no longer allowed',
    'hooks.types': 'Event types (comma-separated; empty: all)', 'hooks.allTypes': 'all events', 'hooks.allOffices': 'all offices',
    'hooks.secret': 'Signing secret (shown this once; keep it safe): {0}',
    'work.raised': 'Raised by the household (a promised reply, a new complaint, a work order)',
    'work.promisedReply': 'Promised reply (question and reply by)', 'work.newComplaint': 'New complaint (category and summary)',
    'work.newWorkOrder': 'New work order (kind and description)',
    'work.appoint': 'Agree a time with the household', 'work.appointedFor': 'Appointed for',
    'work.visits': 'Visits to make (overdue first)', 'work.recordVisit': 'Record visit', 'work.visitedAt': 'Visited at',
    'work.visitSummary': 'What was found', 'work.feedbackRequired': 'The household expects an answer',
    'work.opinion': "The household's opinion (type and text)",
    'work.repeat': 'This household complained in the same category within {0} days:',
    'work.saveAnyway': 'Register anyway (flagged as a repeat)',
    'visitMethod.IN_PERSON': 'In person', 'visitMethod.PHONE': 'Phone', 'visitMethod.AT_OFFICE': 'At the office',
    'visitMethod.OUTDOORS': 'Outdoors', 'visitMethod.QUESTIONNAIRE': 'Questionnaire',
    'opinion.SUGGESTION': 'Suggestion', 'opinion.ENQUIRY': 'Enquiry', 'opinion.COMPLAINT': 'Complaint', 'opinion.PRAISE': 'Praise',
    'problem.TOO_LATE_FOR_IN_PERSON': 'No visits in person at or after 22:00.',
    'problem.VISIT_SIGNATURE_REQUIRED': 'A visit in person needs the signature, or a note that it was refused.',
    'problem.VISIT_SIGNATURE_NOT_POSSIBLE': 'Only a visit in person can be signed.',
    'problem.VISIT_TIME_IN_FUTURE': 'The visit cannot be later than now.', 'problem.VISIT_ALREADY_RECORDED': 'This visit is recorded already.',
    'problem.VISIT_PERFORMER_ROLE_REQUIRED': 'Your role cannot make this visit.',
    'problem.VISIT_APPOINTMENT_REQUIRED': 'This visit needs an appointment first.',
    'problem.OPINION_COMPLAINT_NEEDS_HOUSEHOLD': 'A complaint needs its household.',
    'wo.title': 'Work orders', 'wo.open': 'Open a work order', 'wo.assign': 'Assign', 'wo.complete': 'Complete',
    'wo.SMALL_REPAIR': 'Small repair', 'wo.SAFETY_FACILITY_REPAIR': 'Safety facility repair', 'wo.LEAK_REPAIR': 'Leak repair',
    'wo.OTHER_REPAIR': 'Other repair', 'wo.REPAIR_WORKS': 'Repair works', 'wo.PAID_SERVICE': 'Paid service',
    'woStatus.OPEN': 'Open', 'woStatus.ASSIGNED': 'Assigned', 'woStatus.COMPLETED': 'Completed', 'woStatus.CANCELLED': 'Cancelled',
    'stepField.assignee': 'Assignee (staff id, optional)', 'stepField.notes': 'Notes', 'stepField.kind': 'Kind',
    'step.verify': 'Verify', 'step.classify': 'Classify', 'step.declare-invalid': 'Declare invalid',
    'step.decide-handling': 'Decide handling', 'step.dispatch': 'Dispatch', 'step.acknowledge-dispatch': 'Acknowledge',
    'step.first-reply': 'First reply', 'step.remedial-actions': 'Remedial action', 'step.report-result': 'Report result',
    'stepField.findings': 'Findings', 'stepField.proposedHandling': 'Proposed handling', 'stepField.severity': 'Severity',
    'stepField.responsibility': 'Responsibility', 'stepField.explanation': 'Explanation', 'stepField.department': 'Department',
    'stepField.handlingMethod': 'Handling method', 'stepField.content': 'Reply', 'stepField.description': 'Action',
    'stepField.result': 'Result', 'severity.GENERAL': 'General', 'severity.MAJOR': 'Major',
    'responsibility.OWN': 'Own', 'responsibility.OUTSIDE_PARTY': 'Outside party',
    'event.ComplaintRegistered': 'Registered', 'event.ComplaintVerified': 'Verified',
    'event.ComplaintClassified': 'Classified', 'event.ComplaintDeclaredInvalid': 'Declared invalid',
    'event.HandlingDecided': 'Handling decided', 'event.ComplaintDispatched': 'Dispatched',
    'event.DispatchReceived': 'Dispatch acknowledged', 'event.FirstReplyGiven': 'First reply given',
    'event.RemedialActionRecorded': 'Remedial action', 'event.CorrectiveActionPlanned': 'Corrective action planned',
    'event.CorrectiveActionCompleted': 'Corrective action completed',
    'event.HandlingResultReported': 'Result reported', 'event.ComplaintEscalated': 'Escalated',
    'event.ComplaintFlaggedAsRepeat': 'Flagged as a repeat', 'event.ComplainantConfirmed': 'Complainant confirmed',
    'event.ComplaintReopened': 'Reopened', 'event.ComplaintReviewRequested': 'Review requested',
    'event.ComplaintClosed': 'Closed', 'event.CallbackScheduled': 'Callback scheduled',
    'event.CallbackPerformed': 'Callback made', 'event.CallbackCancelled': 'Callback cancelled',
    'event.CallbackOverdue': 'Callback overdue', 'event.CallbackSpotChecked': 'Callback spot-checked',
    'event.FollowUpScheduled': 'Follow-up scheduled', 'event.FollowUpDone': 'Follow-up done',
    'event.FollowUpOverdue': 'Follow-up overdue', 'event.WorkOrderOpened': 'Work order opened',
    'event.WorkOrderAssigned': 'Work order assigned', 'event.WorkOrderCompleted': 'Work order completed',
    'event.WorkOrderCancelled': 'Work order cancelled', 'event.WorkOrderReworkRequested': 'Rework requested',
    'list.total': '{0} in all', 'sat.print': 'Printable report', 'sat.plan': 'Improvement items',
    'sat.measures': 'Measures', 'sat.owner': 'Owner', 'plan.PLANNED': 'planned', 'plan.COMPLETED': 'completed',
    'plan.VERIFIED': 'verified effective', 'plan.NOT_EFFECTIVE': 'not effective', 'plan.OVERDUE': 'overdue', 'count.quota': 'quota ({0} % of {1} occupied households)', 'drill.type': 'Item', 'drill.kind': 'Kind', 'drill.performer': 'Performer', 'drill.all': 'all', 'drill.department': 'Department',
    'drill.download': 'Download CSV', 'drill.counted': 'counted', 'drill.notCounted': 'not counted',
    'drill.counts': 'In the numerator', 'drill.at': 'Happened', 'type.COMPLAINT': 'Complaint', 'type.FOLLOW_UP': 'Follow-up',
    'type.HOUSEHOLD': 'Household', 'drill.title': '{0} ({1} of {2})', 'drill.minutes': 'Minutes to due (negative: overdue)', 'hist.show': 'Show', 'hist.timeline': 'History', 'hist.state': 'Current state',
    'hist.position': 'Position', 'hist.time': 'Time', 'hist.event': 'Event', 'hist.actor': 'By', 'hist.user': 'User',
    'hist.aggregate': 'Of', 'hist.data': 'Data', 'hist.notFound': 'No such complaint',
    'hist.auditOnly': "The history is for directors, supervisors and auditors; this is the complaint's current state.",
    'field.status': 'Status', 'field.number': 'Number', 'field.category': 'Category', 'field.summary': 'Summary',
    'field.receivedAt': 'Received', 'field.firstReplyDue': 'First reply due', 'field.remedyDue': 'Remedial answer due',
    'field.department': 'Department', 'field.closedAt': 'Closed', 'field.household': 'Household',
    'type.FIRST_REPLY': 'First reply', 'type.REMEDY_ANSWER': 'Remedial answer', 'type.DEPARTMENT_RESULT': 'Department result',
    'type.CALLBACK': 'Callback', 'type.PROMISED_REPLY': 'Promised reply', 'type.PROBLEM_NOTICE': 'Problem notice',
    'type.VISIT': 'Visit', 'type.OPINION_ANSWER': 'Opinion answer',
    'kind.COMPLAINT': 'Complaint callback', 'kind.REPAIR': 'Repair callback', 'kind.ACCIDENT': 'Accident callback',
    'kind.AFTER_ACCIDENT': 'After-accident visit', 'kind.HOLIDAY': 'Holiday visit', 'kind.ROUTINE': 'Routine visit',
    'kind.NEW_OWNER': 'New-owner visit', 'kind.SUGGESTION': 'Suggestion', 'kind.SURVEY_FOLLOW_UP': 'Survey follow-up',
    'role.CUSTOMER_SERVICE_SUPERVISOR': 'Customer-service supervisor', 'role.DEPARTMENT_HEAD': 'Department head',
    'role.REPAIR_LEAD': 'Repair lead', 'role.QUALITY_CHECKER': 'Quality checker'
  }
};

/** The complaint codes forms and filters offer, in the order staff know them. */
export const CATEGORIES = ['POWER_SUPPLY', 'WATER_SUPPLY', 'FIRE_SAFETY_AND_SECURITY', 'PUBLIC_ORDER', 'CLEANING', 'GREENING',
  'PUBLIC_FACILITIES', 'REPAIR_SERVICE', 'SERVICE_ATTITUDE', 'FEES', 'PARKING', 'NOISE_AND_NEIGHBOURS', 'OTHER'];
export const STATUSES = ['REGISTERED', 'VERIFIED', 'CLASSIFIED', 'HANDLING_DECIDED', 'DISPATCHED', 'IN_PROGRESS',
  'RESULT_REPORTED', 'REOPENED', 'UNDER_REVIEW', 'CLOSED'];

const STORAGE_KEY = 'propcare.lang';
let current = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';

export function language() {
  return current;
}

export function switchLanguage() {
  current = current === 'en' ? 'zh-CN' : 'en';
  localStorage.setItem(STORAGE_KEY, current);
  document.documentElement.lang = current;
}

/** The label for a key with {0}, {1}… filled in; an unknown key falls back to English, then to its last part. */
export function t(key, ...args) {
  const text = LABELS[current][key] ?? LABELS.en[key] ?? key.substring(key.indexOf('.') + 1);
  return args.reduce((s, arg, i) => s.replaceAll(`{${i}}`, String(arg)), text);
}

/** A code (kind, category, role, type; the first prefix that has it) in the current language, or the code itself. */
export function code(prefixes, value) {
  if (value === null || value === undefined) {
    return '';
  }
  for (const prefix of [prefixes].flat()) {
    const key = `${prefix}.${value}`;
    const label = LABELS[current][key] ?? LABELS.en[key];
    if (label) {
      return label;
    }
  }
  const words = String(value).toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.substring(1);
}

/** "role:A|B" → the roles' names, "staff:x" → x, "department:x" → x. */
export function performer(value) {
  const [type, rest] = value.includes(':') ? [value.substring(0, value.indexOf(':')), value.substring(value.indexOf(':') + 1)] : ['', value];
  return type === 'role' ? rest.split('|').map(role => code('role', role)).join(' / ') : rest;
}

/** A moment as the office's clock shows it, unambiguous in each language: 2026年12月8日 09:30, 2026-12-08 09:30. */
export function dateTime(instant, timeZone) {
  if (!instant) {
    return '';
  }
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
  }).formatToParts(new Date(instant)).map(part => [part.type, part.value]));
  return current === 'en'
    ? `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`
    : `${parts.year}年${Number(parts.month)}月${Number(parts.day)}日 ${parts.hour}:${parts.minute}`;
}

/** A span of minutes as days, hours and minutes: 2天3小时, 2 d 3 h. */
export function span(minutes) {
  const total = Math.abs(Math.round(minutes));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const rest = total % 60;
  const join = current === 'en' ? ' ' : '';
  const parts = [];
  if (days) parts.push(`${days}${join}${t('unit.d')}`);
  if (hours) parts.push(`${hours}${join}${t('unit.h')}`);
  if (!days && (rest || parts.length === 0)) parts.push(`${rest}${join}${t('unit.min')}`);
  return parts.join(join);
}

export function percent(value) {
  return value === null || value === undefined ? '–' : `${Number(value).toFixed(2)} %`;
}

export function translatePage(root = document) {
  root.querySelectorAll('[data-i18n]').forEach(element => {
    element.textContent = t(element.dataset.i18n);
  });
  document.title = t('app.title');
}
