using JinIp.Platform.Audit;
using JinIp.Platform.Identity;
using JinIp.Registries.Catalog;
using JinIp.Registries.CopyrightStations;
using JinIp.Registries.Data;
using JinIp.Registries.GeographicIndications;
using JinIp.Registries.PlantVarieties;
using JinIp.Registries.TimeHonored;
using JinIp.Registries.WellKnownMarks;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Registries;

/// <summary>
/// Demo records for a first start. Real names only where public reporting gives them (Tianjin GI names and
/// places; 津门老字号 brands, founding years and batches), with a note that the rest is unverified; everything
/// else is synthetic and marked “演示”. Sources: docs/adr/0007-registries-module.md.
/// </summary>
public sealed class DemoRegistries(RegistriesDbContext db, IAuditLog audit, TimeProvider clock)
{
    private const string UnverifiedGi = "演示数据：名称与产地据公开报道；类别、注册号与日期未经核对。";
    private const string UnverifiedBrand = "演示数据：品牌、创立年份与批次据公开报道；企业名称等未经核对。";

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        if (await db.WellKnownMarks.AnyAsync(cancellationToken) || await db.GeographicIndications.AnyAsync(cancellationToken))
        {
            return;
        }

        var context = new RegistryContext(db, audit, clock, Actor.System("demo-data"));
        async Task Add<T>(RegistryDefinition<T> registry, params (string Key, string? Value)[] values)
            where T : RegistryRecord, new() =>
            await registry.CreateAsync(context, values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal), cancellationToken);

        var marks = WellKnownMark.Registry;
        await Add(marks, ("mark", "海河明珠"), ("owner", "天津海河明珠食品有限公司（演示）"), ("niceClasses", "30"), ("source", "行政认定"), ("authority", "国家知识产权局"), ("recognizedOn", "2019-06-18"), ("reference", "演示数据"), ("district", "河北区"));
        await Add(marks, ("mark", "津沽帆影"), ("owner", "天津津沽帆影服饰有限公司（演示）"), ("niceClasses", "25；35"), ("source", "司法认定"), ("authority", "天津市第一中级人民法院"), ("recognizedOn", "2020-11-05"), ("reference", "演示数据"), ("district", "河西区"));
        await Add(marks, ("mark", "渤海之星"), ("owner", "天津渤海之星电子科技有限公司（演示）"), ("niceClasses", "9"), ("source", "行政认定"), ("authority", "国家知识产权局"), ("recognizedOn", "2021-03-22"), ("reference", "演示数据"), ("district", "滨海新区"));
        await Add(marks, ("mark", "盘山云起"), ("owner", "天津盘山云起酒业有限公司（演示）"), ("niceClasses", "33"), ("source", "司法认定"), ("authority", "天津市高级人民法院"), ("recognizedOn", "2018-09-10"), ("reference", "演示数据"), ("district", "蓟州区"));

        var brands = TimeHonoredBrand.Registry;
        await Add(brands, ("brand", "狗不理"), ("enterpriseName", "狗不理包子经营企业（演示）"), ("foundedYear", "1858"), ("batch", "第一批"), ("trademarks", "狗不理"), ("district", "和平区"), ("note", UnverifiedBrand));
        await Add(brands, ("brand", "桂发祥十八街"), ("enterpriseName", "桂发祥十八街麻花经营企业（演示）"), ("foundedYear", "1927"), ("batch", "第一批"), ("trademarks", "桂发祥；十八街"), ("district", "河西区"), ("note", UnverifiedBrand));
        await Add(brands, ("brand", "聚泉永"), ("enterpriseName", "天津燕泉春酒业有限公司"), ("foundedYear", "1840"), ("batch", "第四批"), ("trademarks", "聚泉永"), ("district", "宝坻区"), ("note", UnverifiedBrand));
        await Add(brands, ("brand", "燕泉春"), ("enterpriseName", "天津燕泉春酒业有限公司"), ("foundedYear", "1952"), ("batch", "第四批"), ("trademarks", "燕泉春"), ("district", "宝坻区"), ("note", UnverifiedBrand));

        var gis = GeographicIndication.Registry;
        await Add(gis, ("name", "小站稻"), ("kind", "地理标志保护产品"), ("district", "津南区"), ("protectedArea", "天津市小站稻传统产区（演示描述）"), ("note", UnverifiedGi));
        await Add(gis, ("name", "沙窝萝卜"), ("kind", "地理标志保护产品"), ("district", "西青区"), ("protectedArea", "西青区辛口镇沙窝村一带（演示描述）"), ("note", UnverifiedGi));
        await Add(gis, ("name", "茶淀葡萄"), ("kind", "地理标志证明商标"), ("district", "滨海新区"), ("protectedArea", "滨海新区茶淀街一带（演示描述）"), ("note", UnverifiedGi));
        await Add(gis, ("name", "七里海河蟹"), ("kind", "地理标志证明商标"), ("district", "宁河区"), ("protectedArea", "宁河区七里海湿地周边（演示描述）"), ("note", UnverifiedGi));

        var producers = GiProducer.Registry;
        await Add(producers, ("gi", "小站稻"), ("giKind", "地理标志保护产品"), ("producer", "天津小站稻米业合作社（演示）"), ("district", "津南区"), ("authorizedOn", "2021-04-01"), ("validUntil", "2024-03-31"));
        await Add(producers, ("gi", "沙窝萝卜"), ("giKind", "地理标志保护产品"), ("producer", "西青沙窝萝卜种植合作社（演示）"), ("district", "西青区"), ("authorizedOn", "2021-05-10"));
        await Add(producers, ("gi", "茶淀葡萄"), ("giKind", "地理标志证明商标"), ("producer", "茶淀葡萄种植专业合作社（演示）"), ("district", "滨海新区"), ("authorizedOn", "2021-07-15"));

        var varieties = PlantVariety.Registry;
        await Add(varieties, ("varietyName", "津演示稻1号"), ("crop", "水稻"), ("breeder", "天津市演示农业科学研究院（演示）"), ("district", "西青区"), ("applicationNumber", "20191000001"), ("applicationDate", "2019-03-12"), ("status", "已授权"), ("grantNumber", "CNA20191000001.0"), ("grantDate", "2021-01-08"));
        await Add(varieties, ("varietyName", "津演示黄瓜2号"), ("crop", "黄瓜"), ("breeder", "天津演示种业有限公司（演示）"), ("district", "武清区"), ("applicationNumber", "20211000002"), ("applicationDate", "2021-02-20"), ("status", "申请中"));
        await Add(varieties, ("varietyName", "津演示菜花3号"), ("crop", "花椰菜"), ("breeder", "天津演示种业有限公司（演示）"), ("district", "武清区"), ("applicationNumber", "20201000003"), ("applicationDate", "2020-05-06"), ("status", "已授权"), ("grantNumber", "CNA20201000003.5"), ("grantDate", "2021-06-30"));

        var stations = CopyrightStation.Registry;
        await Add(stations, ("name", "滨海新区版权服务工作站（演示）"), ("hostOrganization", "滨海新区某文化产业园（演示）"), ("district", "滨海新区"), ("address", "滨海新区演示路 1 号"), ("establishedOn", "2020-09-01"), ("scope", "作品登记咨询与代办、版权维权援助、培训宣传"));
        await Add(stations, ("name", "南开区版权服务工作站（演示）"), ("hostOrganization", "南开区某科技园（演示）"), ("district", "南开区"), ("address", "南开区演示道 2 号"), ("establishedOn", "2021-01-15"), ("scope", "软件著作权登记咨询、版权交易指导"));

        var services = StationService.Registry;
        await Add(services, ("station", "滨海新区版权服务工作站（演示）"), ("servedOn", "2021-03-15"), ("kind", "作品登记代办"), ("client", "园区企业（演示）"), ("description", "代办美术作品登记 3 件"));
        await Add(services, ("station", "滨海新区版权服务工作站（演示）"), ("servedOn", "2021-04-26"), ("kind", "培训宣传"), ("client", "园区企业 40 人（演示）"), ("description", "世界知识产权日版权知识讲座"));
        await Add(services, ("station", "南开区版权服务工作站（演示）"), ("servedOn", "2021-05-08"), ("kind", "版权咨询"), ("client", "高校创业团队（演示）"), ("description", "计算机软件著作权登记材料咨询"));
    }
}
