using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Frontline.Tests.Architecture;

/// <summary>
/// Which module (the namespace under <c>Frontline.</c>: Cases, Channels, Common …) uses which, read from the compiled
/// core's IL: signatures, fields, attributes, and every type, method and field a method body touches.
/// </summary>
internal static class ModuleReferences
{
    /// <summary>Each module's uses of other modules, with one type of each side that makes the edge.</summary>
    public static Dictionary<(string From, string To), (string FromType, string ToType)> Of(string assemblyPath)
    {
        var edges = new Dictionary<(string, string), (string, string)>();
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        foreach (var type in assembly.MainModule.GetTypes())
        {
            if (ModuleOf(type) is not { } from) continue;
            foreach (var used in Uses(type))
                if (ModuleOf(used) is { } to && to != from) edges.TryAdd((from, to), (Name(type), Name(used)));
        }
        return edges;
    }

    private static string Name(TypeReference type) => type.FullName.Split('`')[0].Replace('/', '.');

    private static string? ModuleOf(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        var parts = type.Namespace.Split('.');
        return parts is ["Frontline", var module, ..] && type.Scope.Name is "Frontline.Core" or "Frontline.Core.dll" ? module : null;
    }

    private static IEnumerable<TypeReference> Uses(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? t)
        {
            switch (t)
            {
                case null or GenericParameter:
                    return;
                case GenericInstanceType generic:
                    Add(generic.ElementType);
                    foreach (var argument in generic.GenericArguments) Add(argument);
                    return;
                case TypeSpecification spec:
                    Add(spec.ElementType);
                    return;
                default:
                    found.Add(t);
                    return;
            }
        }
        void AddMethod(MethodReference m)
        {
            Add(m.DeclaringType);
            Add(m.ReturnType);
            foreach (var p in m.Parameters) Add(p.ParameterType);
            if (m is GenericInstanceMethod g) foreach (var a in g.GenericArguments) Add(a);
        }
        void AddAttributes(ICustomAttributeProvider provider)
        {
            foreach (var a in provider.CustomAttributes)
            {
                Add(a.AttributeType);
                foreach (var argument in a.ConstructorArguments) if (argument.Value is TypeReference t) Add(t);
            }
        }

        Add(type.BaseType);
        AddAttributes(type);
        foreach (var i in type.Interfaces) Add(i.InterfaceType);
        foreach (var f in type.Fields)
        {
            Add(f.FieldType);
            AddAttributes(f);
        }
        foreach (var p in type.Properties)
        {
            Add(p.PropertyType);
            AddAttributes(p);
        }
        foreach (var m in type.Methods)
        {
            AddMethod(m);
            AddAttributes(m);
            foreach (var p in m.Parameters) AddAttributes(p);
            if (!m.HasBody) continue;
            foreach (var v in m.Body.Variables) Add(v.VariableType);
            foreach (var instruction in m.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t: Add(t); break;
                    case MethodReference mr: AddMethod(mr); break;
                    case FieldReference fr: Add(fr.DeclaringType); Add(fr.FieldType); break;
                }
            }
        }
        return found;
    }
}
