// Every test process runs in UTC so that business-time code must say Asia/Shanghai explicitly.
process.env.TZ = 'UTC';
