import re, json, sys, os
D=os.path.dirname(os.path.abspath(__file__))
TY={'P':'PERSON','L':'LOCATION','O':'ORG','E':'EVENT','D':'DATE','T':'TITLE','M':'MISC'}
pat=re.compile(r'\[([^\[\]]+)\]\{([PLOEDTM])(?::([^}]+))?\}')
tot={}
for fn in sorted(os.listdir(D+'/src')):
    nn=fn[:2]; raw=open(D+'/src/'+fn,encoding='utf-8').read()
    head,body=raw.split('\n---\n',1)
    ents={}
    for l in head.strip().split('\n'):
        if not l.strip(): continue
        p=l.split('|'); e={'type':TY[p[1]],'name':p[2]}
        if len(p)>3 and p[3]: e['title']=p[3]
        ents[p[0]]=e
    out=[];ms=[];pos=0;last=0
    for m in pat.finditer(body):
        out.append(body[last:m.start()]); pos+=len(body[last:m.start()])
        t,ty,en=m.group(1),m.group(2),m.group(3)
        if ty in 'DT': assert en is None,(nn,t)
        else:
            assert en in ents,(nn,t,en); assert ents[en]['type']==TY[ty],(nn,t)
        ms.append({'start':pos,'end':pos+len(t),'text':t,'type':TY[ty],'entity':en})
        out.append(t); pos+=len(t); last=m.end()
    out.append(body[last:]); text=''.join(out)
    assert '[' not in text.replace('[','',0) or True
    assert not re.search(r'\]\{',text),nn
    text=text.strip('\n')+'\n'
    for x in ms: assert text[x['start']:x['end']]==x['text']; 
    for a,b in zip(ms,ms[1:]): assert a['end']<=b['start']
    used={x['entity'] for x in ms}
    for e in ents: assert e in used,(nn,'unused',e)
    open(f'{D}/{nn}.txt','w',encoding='utf-8',newline='\n').write(text)
    json.dump({'document':f'{nn}.txt','offsets':"Unicode scalar values (Rust char indices) into the file's text, end exclusive",
      'entities':ents,'mentions':ms},open(f'{D}/{nn}.gold.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
    c={}
    for x in ms: c[x['type']]=c.get(x['type'],0)+1
    for k,v in c.items(): tot[k]=tot.get(k,0)+v
    print(nn,len(text.split()),'words',json.dumps(c,ensure_ascii=False))
print('TOTAL',tot,sum(tot.values()))
