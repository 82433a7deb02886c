using JinIp.Registries.Catalog;

namespace JinIp.Web.Pages.Registries;

/// <summary>A page of registry records as a table, shared by the public list and the staff page.</summary>
public sealed record RecordTableModel(RegistryInfo Registry, RecordPage Page, string? Query, bool EditLinks);
