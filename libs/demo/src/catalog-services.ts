import type { CategoryProfile } from './category-profile.js';

/** 公共服务 and 交通管理: heating, water, power, gas, parking, roads. */
export const SERVICE_PROFILES: readonly CategoryProfile[] = [
  {
    path: '公共服务/供暖/室温不达标', rate: 1.6, where: 'home', season: 'heating', hours: 'heating', tags: ['供暖季'],
    texts: {
      complaint: [
        '{addr}家中暖气不热，室温只有{temp}度，家里有老人。',
        '{addr}供暖以来暖气一直温乎乎的，室温不到{temp}度。',
        '{addr}家中暖气上热下不热，请供暖单位上门排气。',
      ],
      help: ['{addr}家里暖气片不热，家中有婴儿，请尽快协调供暖单位。'],
    },
    actions: ['已协调供暖单位上门排气、清洗过滤网，复测室温达到18度以上', '已督促供暖单位调整管网平衡，室温已达标'],
    explanations: ['经供暖单位上门测温，室温为18.5度，符合本市供暖标准，已向来电人解释'],
  },
  {
    path: '公共服务/供暖/停暖', rate: 0.3, where: 'home', season: 'heating', hours: 'heating', tags: ['供暖季'],
    urgency: { urgent: 0.2 },
    texts: {
      complaint: ['{bldg}整栋楼暖气突然停了，到现在还没来热。'],
      help: ['{addr}因欠费被停暖，来电人已经补缴，要求尽快恢复供暖。'],
    },
    actions: ['已协调供暖单位抢修管线，现已恢复供暖', '已核实缴费情况，供暖单位已恢复供热'],
  },
  {
    path: '公共服务/供暖/暖气漏水', rate: 0.3, where: 'home', season: 'heatingStart', hours: 'heating',
    urgency: { urgent: 0.35 }, tags: ['供暖季'],
    texts: {
      help: [
        '{addr}家中暖气片漏水，地面全是水，请尽快处理。',
        '{addr}楼上暖气管道漏水，水流到来电人家里。',
        '{addr}供暖注水后暖气阀门滴水不止。',
      ],
    },
    actions: ['已通知供暖单位抢修，更换阀门，漏水已止住'],
  },
  {
    path: '公共服务/供水/停水', rate: 0.28, where: 'home', urgency: { urgent: 0.3 },
    texts: {
      complaint: ['{addr}突然停水，没有收到任何通知。', '{addr}停水{days}了，家里没水做饭。'],
      help: ['{addr}从早上开始没水，家中有卧床老人，请尽快恢复供水。'],
    },
    actions: ['已联系自来水公司查明原因为管线爆裂，已抢修完毕恢复供水', '已协调供水部门送水车临时供水，管线修复后恢复供水'],
  },
  {
    path: '公共服务/供水/水压低', rate: 0.12, where: 'home', season: 'summer',
    texts: { complaint: ['{bldg}水压很低，{floor}层以上水龙头基本出不来水。'] },
    actions: ['已联系自来水公司检测管网压力并调整加压设备'],
  },
  {
    path: '公共服务/供水/水质', rate: 0.08, where: 'home',
    texts: { complaint: ['{addr}自来水发黄有异味。', '{addr}水龙头放出的水有沉淀。'] },
    actions: ['已联系自来水公司取样检测并冲洗管道，水质检测合格'],
  },
  {
    path: '公共服务/供电/停电', rate: 0.22, where: 'home', season: 'summer', urgency: { urgent: 0.3 },
    texts: {
      complaint: ['{bldg}整个院子停电了，已经好几个小时。', '{bldg}用电高峰经常跳闸停电。'],
      help: ['{addr}家里突然停电，家中老人需要用制氧机，请尽快抢修。'],
    },
    actions: ['已联系供电公司抢修人员到场处置，现已恢复供电', '已协调供电部门对该院落线路进行增容改造'],
  },
  {
    path: '公共服务/供电/线路老化', rate: 0.1, where: 'home', complex: true,
    texts: { report: ['{bldg}院内电线老化，线路乱拉乱挂，存在火灾隐患。'] },
    actions: ['已协调供电公司对老化线路进行排查更换'],
    explanations: ['该院落线路改造已列入老旧小区综合整治计划，施工前已安排专人定期巡查'],
  },
  {
    path: '公共服务/燃气/燃气异味', rate: 0.06, where: 'home', season: 'winter', urgency: { critical: 0.6, urgent: 0.3 },
    texts: { help: ['{bldg}楼内有很大的燃气味，请尽快派人检查。', '{addr}家中燃气表附近有异味，担心漏气。'] },
    actions: ['已联系燃气公司抢修人员到场检测，更换老化胶管，排除隐患'],
  },
  {
    path: '公共服务/燃气/燃气缴费', rate: 0.08, where: 'home',
    outsideDuty: '燃气缴费和表具业务由燃气公司办理，不属于街道职责',
    texts: {
      consult: ['{addr}燃气卡充值后表里不显示，怎么处理？', '燃气费有哪些缴费方式，能否线上缴纳？来电人住{addr}。'],
    },
    actions: ['已联系燃气公司客服安排人员上门检查表具'],
    answers: ['燃气费可通过燃气公司营业厅、网上营业厅或手机银行缴纳，表具显示异常请联系燃气公司客服上门处理'],
  },
  {
    path: '交通管理/停车管理/乱停车', rate: 0.55, where: 'street', urgency: { urgent: 0.05 },
    texts: {
      complaint: [
        '{addr}门前长期有车辆乱停车，堵住了消防通道。',
        '{addr}附近有车辆占道停放，早晚高峰走不了。',
        '{addr}院门口总有外来车辆堵车位，院里的车出不去。',
      ],
    },
    proactiveTexts: ['{addr}附近机动车占道停放，影响通行。'],
    actions: ['已联系交警部门对违停车辆进行处罚并张贴告知单', '已协调在该路段设置禁停标志并加强巡查'],
  },
  {
    path: '交通管理/停车管理/停车收费', rate: 0.14, where: 'street',
    texts: {
      consult: ['{addr}附近胡同停车收费标准是多少，居民有没有优惠？'],
      complaint: ['{addr}附近停车管理员乱收费，不给票据。'],
    },
    actions: ['已约谈停车管理公司，责令规范收费并出具票据'],
    answers: ['居住区停车按本区停车管理相关规定收费，居民可向所在社区申请办理居住停车证享受居民价格'],
  },
  {
    path: '交通管理/停车管理/非机动车乱停放', rate: 0.14, where: 'street', season: 'summer',
    texts: { complaint: ['{addr}附近共享单车堆成一片，挡住了人行道。', '{addr}附近地铁口电动车乱停乱放。'] },
    proactiveTexts: ['{addr}附近共享单车大量淤积，占用盲道。'],
    actions: ['已通知共享单车运营企业调度清运车辆，并安排专人规范停放'],
  },
  {
    path: '交通管理/道路设施/路面破损', rate: 0.14, where: 'street', season: 'rainy',
    texts: {
      complaint: ['{addr}门前路面坑洼不平，下雨天积水严重。', '{addr}附近人行道方砖松动，有老人被绊倒。'],
    },
    proactiveTexts: ['{addr}附近路面出现坑槽。'],
    actions: ['已联系道路养护部门对破损路面进行修补'],
  },
  {
    path: '交通管理/道路设施/井盖缺失', rate: 0.05, where: 'street', urgency: { urgent: 0.5, critical: 0.3 },
    texts: { help: ['{addr}附近有个井盖丢了，晚上很危险。', '{addr}门前井盖破损下沉，车辆经过声音很大。'] },
    proactiveTexts: ['{addr}附近井盖缺失，已设置临时警示。'],
    actions: ['已协调权属单位补装井盖并设置警示标志'],
  },
  {
    path: '交通管理/道路设施/路灯不亮', rate: 0.14, where: 'street', season: 'winter',
    texts: { complaint: ['{addr}附近路灯{days}不亮，晚上出行不安全。', '{addr}胡同里的路灯一到晚上就闪。'] },
    proactiveTexts: ['{addr}附近路灯不亮。'],
    actions: ['已联系路灯管理部门更换灯具，路灯已恢复照明'],
  },
];
